-- Personal data of outside people, encrypted at rest with SM4 (the columns hold Base64 of IV and ciphertext).
alter table external_person add column phone varchar(200);
alter table external_person add column id_number varchar(200);
