-- wrk: registers a case through the API, as an officer's client does (the bench run fills in the ids)
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{"source": "PATROL", "partyKind": "PERSON", "partyName": "压测当事人", "communityId": @COMMUNITY@,
  "matterId": @MATTER@, "facts": "巡查发现在居民楼道内违规使用燃气瓶。", "officer1Id": @OFFICER1@,
  "officer2Id": @OFFICER2@, "on": "@DAY@"}]]
