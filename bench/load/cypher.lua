-- POSTs one parameterised read to /api/cypher.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"statement": "MATCH (c:Chain {id: $id})<-[r:IN_CHAIN]-(m) RETURN m.name AS name, r.status AS status ORDER BY name", "parameters": {"id": "chain-auto-nev"}}'
