-- The Cypher POST with the report line (wrk takes one script).
dofile(debug.getinfo(1, "S").source:sub(2):match("(.*/)") .. "cypher.lua")
dofile(debug.getinfo(1, "S").source:sub(2):match("(.*/)") .. "report.lua")
