namespace Graph.Neo4j.Tests.Fakes;

/// <summary>Response bodies in the shapes Neo4j's Query API documentation shows (typed JSON).</summary>
internal static class CannedResponses
{
    public const string Counters = """
        {"containsUpdates":false,"nodesCreated":0,"nodesDeleted":0,"propertiesSet":0,"relationshipsCreated":0,
         "relationshipsDeleted":0,"labelsAdded":0,"labelsRemoved":0,"indexesAdded":0,"indexesRemoved":0,
         "constraintsAdded":0,"constraintsRemoved":0,"containsSystemUpdates":false,"systemUpdates":0}
        """;

    public const string Empty = $$"""
        {"data":{"fields":[],"values":[]},"counters":{{Counters}},"bookmarks":["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"]}
        """;

    /// <summary>One row with a value of every kind: <c>RETURN 42 AS i, 4.56 AS f, … , p AS path</c>.</summary>
    public static readonly string EveryType = """
        {
          "data": {
            "fields": ["i", "f", "s", "b", "nothing", "list", "map", "bytes", "node", "rel", "path", "point", "date"],
            "values": [[
              {"$type": "Integer", "_value": "9007199254740993"},
              {"$type": "Float", "_value": "4.56"},
              {"$type": "String", "_value": "西青区 中芯国际"},
              {"$type": "Boolean", "_value": true},
              {"$type": "Null", "_value": null},
              {"$type": "List", "_value": [{"$type": "Integer", "_value": "1"}, {"$type": "String", "_value": "二"}]},
              {"$type": "Map", "_value": {"year": {"$type": "Integer", "_value": "2021"}, "ok": {"$type": "Boolean", "_value": false}}},
              {"$type": "Base64", "_value": "AQID"},
              {"$type": "Node", "_value": {
                "_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:2",
                "_labels": ["Enterprise"],
                "_properties": {"id": {"$type": "String", "_value": "ent-smic"}, "name": {"$type": "String", "_value": "中芯国际"}}}},
              {"$type": "Relationship", "_value": {
                "_element_id": "5:ff04df25-ff2b-4b55-98f8-6888297b025e:7",
                "_start_node_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:2",
                "_end_node_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:3",
                "_type": "LOCATED_IN",
                "_properties": {"line": {"$type": "Integer", "_value": "12"}}}},
              {"$type": "Path", "_value": [
                {"$type": "Node", "_value": {"_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:2", "_labels": ["Enterprise"], "_properties": {}}},
                {"$type": "Relationship", "_value": {"_element_id": "5:ff04df25-ff2b-4b55-98f8-6888297b025e:7",
                  "_start_node_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:2",
                  "_end_node_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:3", "_type": "LOCATED_IN", "_properties": {}}},
                {"$type": "Node", "_value": {"_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:3", "_labels": ["Place"], "_properties": {}}}]},
              {"$type": "Point", "_value": "SRID=4326;POINT (117.0123 39.1234)"},
              {"$type": "Date", "_value": "2021-01-25"}
            ]]
          },
          "counters": COUNTERS,
          "notifications": [{"code": "Neo.ClientNotification.Statement.CartesianProduct", "description": "cartesian product",
                             "severity": "INFORMATION", "title": "…", "position": {"offset": 21, "line": 1, "column": 22}, "category": "PERFORMANCE"}],
          "bookmarks": ["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"]
        }
        """.Replace("COUNTERS", Counters, StringComparison.Ordinal);

    /// <summary><c>RETURN $x AS x</c> answered with <paramref name="typedValue"/>.</summary>
    public static string SingleValue(string field, string typedValue) =>
        $"{{\"data\":{{\"fields\":[\"{field}\"],\"values\":[[{typedValue}]]}},\"counters\":{Counters},\"bookmarks\":[\"FB:one\"]}}";

    /// <summary>A transaction open or run response (Neo4j adds <c>transaction</c>).</summary>
    public static string InTransaction(string id, string fields = "[]", string values = "[]") => $$"""
        {"data":{"fields":{{fields}},"values":{{values}} },"counters":{{Counters}},"bookmarks":[],
         "transaction":{"id":"{{id}}","expires":"2024-10-22T15:48:29Z"} }
        """;

    public const string Committed = """
        {"bookmarks":["FB:kcwQ/committed"]}
        """;

    public const string Created = $$"""
        {"data":{"fields":["n"],"values":[[{"$type":"Integer","_value":"1"}]]},
         "counters":{"containsUpdates":true,"nodesCreated":1,"nodesDeleted":0,"propertiesSet":2,"relationshipsCreated":0,
         "relationshipsDeleted":0,"labelsAdded":1,"labelsRemoved":0,"indexesAdded":0,"indexesRemoved":0,
         "constraintsAdded":0,"constraintsRemoved":0,"containsSystemUpdates":false,"systemUpdates":0},
         "bookmarks":["FB:kcwQ/created"]}
        """;
}
