using Graph.Core.Values;
using Graph.Neo4j.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Graph.Neo4j.Tests;

public sealed class QueryApiJsonTests
{
    private static readonly NodeSnapshot Smic = new(
        2, "4:db:2", ["Enterprise"], new Dictionary<string, object?> { ["id"] = "ent-smic", ["name"] = "中芯国际", ["aliases"] = new List<object?> { "SMIC", "中芯" } });

    private static readonly NodeSnapshot Xiqing = new(3, "4:db:3", ["Place"], new Dictionary<string, object?> { ["name"] = "西青区", ["level"] = "district" });

    private static readonly RelationshipSnapshot LocatedIn = new(
        7, "5:db:7", "LOCATED_IN", 2, "4:db:2", 3, "4:db:3", new Dictionary<string, object?> { ["line"] = 12L, ["status"] = "landed" });

    /// <summary>Values of every kind Graph.Core has; each must come back equal after write-then-read.</summary>
    public static TheoryData<string, object?> Values => new()
    {
        { "null", null },
        { "true", true },
        { "integer", 42L },
        { "large integer", long.MaxValue },
        { "negative integer", long.MinValue },
        { "float", 4.56 },
        { "whole float", 1.0 },
        { "tiny float", 5e-324 },
        { "NaN", double.NaN },
        { "infinity", double.NegativeInfinity },
        { "string", "西青区 2021 年政府工作报告" },
        { "empty string", string.Empty },
        { "bytes", new byte[] { 0, 1, 2, 254, 255 } },
        { "list", new List<object?> { 1L, "二", null, 3.5, new List<object?> { true } } },
        { "map", new Dictionary<string, object?> { ["年份"] = 2021L, ["nested"] = new Dictionary<string, object?> { ["x"] = null } } },
        { "node", Smic },
        { "relationship", LocatedIn },
        { "path", new GraphPath([Smic, Xiqing], [LocatedIn]) },
        { "zero-length path", new GraphPath([Smic], []) },
        { "date", CypherDate.Of(2021, 1, 25) },
        { "time", CypherTime.Parse("12:50:35.556+01:00") },
        { "local time", CypherLocalTime.Of(23, 59, 59, 999_999_999) },
        { "local date-time", CypherLocalDateTime.Parse("2015-06-24T12:50:35.556") },
        { "offset date-time", CypherDateTime.Parse("2024-01-01T21:40:32-01:00") },
        { "zoned date-time", CypherDateTime.Parse("2015-11-21T21:40:32.142Z[Antarctica/Troll]") },
        { "zoned date-time in China", CypherDateTime.Parse("2021-01-25T09:00+08:00[Asia/Shanghai]") },
        { "duration", CypherDuration.Parse("P14DT16H12M") },
        { "negative duration", CypherDuration.Of(-1, 2, -3, 400) },
        { "WGS-84 point", CypherPoint.Wgs84(117.0123, 39.1234) },
        { "3D cartesian point", CypherPoint.Cartesian3D(1, -2.5, 3) },
        { "temporals in a list", new List<object?> { CypherDate.Of(2022, 12, 31), CypherPoint.Cartesian(0, 0) } },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Typed_write_then_read_gives_the_same_value(string what, object? value)
    {
        var json = QueryApiJson.ToTyped(value).ToString(Formatting.None);

        var read = QueryApiJson.ReadTyped(QueryApiJson.Parse(json));

        AssertSameValue(value, read, what);
    }

    [Fact]
    public void Integers_and_floats_are_strings_in_typed_json()
    {
        Assert.Equal("""{"$type":"Integer","_value":"9007199254740993"}""", QueryApiJson.ToTyped(9007199254740993L).ToString(Formatting.None));
        Assert.Equal("""{"$type":"Float","_value":"1.0"}""", QueryApiJson.ToTyped(1.0).ToString(Formatting.None));
        Assert.Equal("""{"$type":"Integer","_value":"7"}""", QueryApiJson.ToTyped(7).ToString(Formatting.None));
        Assert.Equal("""{"$type":"Float","_value":"0.25"}""", QueryApiJson.ToTyped(0.25f).ToString(Formatting.None));
    }

    [Theory]
    [InlineData("Date", "2015-03-26")]
    [InlineData("Time", "12:50:35.556+01:00")]
    [InlineData("LocalTime", "12:50:35.556")]
    [InlineData("LocalDateTime", "2015-06-24T12:50:35.556")]
    [InlineData("OffsetDateTime", "2015-06-24T12:50:35.556+01:00")]
    [InlineData("ZonedDateTime", "2015-11-21T21:40:32.142Z[Antarctica/Troll]")]
    [InlineData("Duration", "P14DT16H12M")]
    [InlineData("Point", "SRID=4326;POINT (1.2 3.4)")]
    [InlineData("Point", "SRID=9157;POINT Z (1.0 2.0 3.0)")]
    public void Neo4j_temporal_and_point_text_reads_and_writes_back_identically(string type, string text)
    {
        var json = $$$"""{"$type":"{{{type}}}","_value":"{{{text}}}"}""";

        var value = QueryApiJson.ReadTyped(QueryApiJson.Parse(json));

        Assert.Equal(json, QueryApiJson.ToTyped(value).ToString(Formatting.None));
    }

    [Fact]
    public void Temporals_are_iso_text_and_points_wkt_in_plain_json()
    {
        var json = QueryApiJson.ToPlain(new List<object?> { CypherDate.Of(2021, 1, 25), CypherPoint.Wgs84(117.5, 39.25), CypherDuration.Parse("PT1.5S") });

        Assert.Equal("""["2021-01-25","SRID=4326;POINT(117.5 39.25)","PT1.5S"]""", json.ToString(Formatting.None));
    }

    [Fact]
    public void Entities_are_written_in_neo4j_typed_shape()
    {
        var node = (JObject)QueryApiJson.ToTyped(Smic);
        var rel = (JObject)QueryApiJson.ToTyped(LocatedIn);

        Assert.Equal("Node", (string?)node["$type"]);
        Assert.Equal("4:db:2", (string?)node["_value"]!["_element_id"]);
        Assert.Equal("Enterprise", (string?)node["_value"]!["_labels"]![0]);
        Assert.Equal("String", (string?)node["_value"]!["_properties"]!["name"]!["$type"]);
        Assert.Equal(("4:db:2", "4:db:3", "LOCATED_IN"), (
            (string?)rel["_value"]!["_start_node_element_id"], (string?)rel["_value"]!["_end_node_element_id"], (string?)rel["_value"]!["_type"]));
    }

    [Fact]
    public void Plain_json_loses_types_the_way_neo4j_does()
    {
        var value = new Dictionary<string, object?>
        {
            ["i"] = 42L,
            ["f"] = 1.5,
            ["bytes"] = new byte[] { 1, 2, 3 },
            ["node"] = Smic,
            ["path"] = new GraphPath([Smic, Xiqing], [LocatedIn]),
        };

        var json = (JObject)QueryApiJson.ToPlain(value);

        Assert.Equal(JTokenType.Integer, json["i"]!.Type);
        Assert.Equal(JTokenType.Float, json["f"]!.Type);
        Assert.Equal("AQID", (string?)json["bytes"]);
        Assert.Equal("""{"elementId":"4:db:2","labels":["Enterprise"],"properties":{"id":"ent-smic","name":"中芯国际","aliases":["SMIC","中芯"]}}""", json["node"]!.ToString(Formatting.None));
        Assert.Equal(3, ((JArray)json["path"]!).Count);
        Assert.Equal("LOCATED_IN", (string?)json["path"]![1]!["type"]);
    }

    [Fact]
    public void Plain_write_then_read_keeps_what_plain_json_can_carry()
    {
        var value = new List<object?> { 42L, 1.5, "s", null, true, Smic, LocatedIn, new Dictionary<string, object?> { ["k"] = 1L } };

        var read = QueryApiJson.ReadPlain(QueryApiJson.Parse(QueryApiJson.ToPlain(value).ToString(Formatting.None)));

        AssertSameValue(value, read, "plain list");
    }

    [Fact]
    public void Parameters_map_reads_both_formats()
    {
        var typed = QueryApiJson.ReadMap(JObject.Parse("""{"name":{"$type":"String","_value":"西青"},"n":{"$type":"Integer","_value":"3"}}"""), typed: true);
        var plain = QueryApiJson.ReadMap(JObject.Parse("""{"name":"西青","n":3}"""), typed: false);

        Assert.Equal(typed, plain);
        Assert.Empty(QueryApiJson.ReadMap(null, typed: true));
    }

    [Theory]
    [InlineData("""{"_value":"1"}""")]
    [InlineData("""{"$type":"Integer","_value":"one"}""")]
    [InlineData("""{"$type":"Integer","_value":"99999999999999999999"}""")]
    [InlineData("""{"$type":"Boolean","_value":"true"}""")]
    [InlineData("""{"$type":"List","_value":{}}""")]
    [InlineData("""{"$type":"Path","_value":[{"$type":"Integer","_value":"1"}]}""")]
    [InlineData("""{"$type":"Vector","_value":"[1, 2]"}""")]
    [InlineData("""{"$type":"Base64","_value":"%%%"}""")]
    [InlineData("42")]
    [InlineData("""{"$type":"Date","_value":"2021-13-45"}""")]
    [InlineData("""{"$type":"Point","_value":"POINT (1 2)"}""")]
    [InlineData("""{"$type":"Point","_value":"SRID=1234;POINT (1 2)"}""")]
    [InlineData("""{"$type":"Point","_value":"SRID=4326;POINT Z (1 2)"}""")]
    public void Malformed_typed_json_is_an_invalid_format_error(string json)
    {
        var error = Assert.Throws<Core.Errors.ClientException>(() => QueryApiJson.ReadTyped(QueryApiJson.Parse(json)));

        Assert.Equal(Core.Errors.StatusCodes.InvalidFormat, error.Code);
    }

    [Fact]
    public void Json_parsed_with_date_handling_on_is_refused_with_a_hint()
    {
        var token = JToken.Parse("""{"$type":"LocalDateTime","_value":"2015-06-24T12:50:35"}""");

        var error = Assert.Throws<Core.Errors.ClientException>(() => QueryApiJson.ReadTyped(token));

        Assert.Contains("QueryApiJson.Parse", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_without_a_cypher_type_are_refused_when_written()
    {
        Assert.Throws<ArgumentException>(() => QueryApiJson.ToTyped(new object()));
        Assert.Throws<ArgumentException>(() => QueryApiJson.ToTyped(ulong.MaxValue));
        Assert.Throws<ArgumentException>(() => QueryApiJson.ToTyped(new Dictionary<int, string> { [1] = "x" }));
    }

    [Theory]
    [InlineData("4:ff04df25-ff2b-4b55-98f8-6888297b025e:2", 2L)]
    [InlineData("5:ff04df25:123456789012", 123456789012L)]
    [InlineData("42", 42L)]
    public void Numeric_id_is_the_last_segment_of_the_element_id(string elementId, long id)
    {
        Assert.Equal(id, QueryApiJson.NumericId(elementId));
    }

    [Fact]
    public void Element_id_without_a_number_gets_a_stable_negative_id()
    {
        var id = QueryApiJson.NumericId("aura:node:abc");

        Assert.True(id < 0);
        Assert.Equal(id, QueryApiJson.NumericId("aura:node:abc"));
        Assert.NotEqual(id, QueryApiJson.NumericId("aura:node:abd"));
    }

    /// <summary>Deep equality over Graph.Core values; entities compare identity, labels, type, ends and properties.</summary>
    internal static void AssertSameValue(object? expected, object? actual, string what)
    {
        switch (expected)
        {
            case null:
                Assert.Null(actual);
                break;
            case double d:
                Assert.Equal(d, Assert.IsType<double>(actual));
                break;
            case byte[] bytes:
                Assert.Equal(bytes, Assert.IsType<byte[]>(actual));
                break;
            case string or bool or long:
                Assert.Equal(expected, actual);
                Assert.IsType(expected.GetType(), actual);
                break;
            case Node node:
                var readNode = Assert.IsAssignableFrom<Node>(actual);
                Assert.Equal((node.Id, node.ElementId), (readNode.Id, readNode.ElementId));
                Assert.Equal(node.Labels, readNode.Labels);
                AssertSameValue(node.Properties, readNode.Properties, what);
                break;
            case Relationship rel:
                var readRel = Assert.IsAssignableFrom<Relationship>(actual);
                Assert.Equal((rel.Id, rel.ElementId, rel.Type, rel.StartId, rel.EndId, rel.StartElementId, rel.EndElementId),
                    (readRel.Id, readRel.ElementId, readRel.Type, readRel.StartId, readRel.EndId, readRel.StartElementId, readRel.EndElementId));
                AssertSameValue(rel.Properties, readRel.Properties, what);
                break;
            case GraphPath path:
                var readPath = Assert.IsType<GraphPath>(actual);
                Assert.Equal(path.Length, readPath.Length);
                for (var i = 0; i < path.Nodes.Count; i++)
                {
                    AssertSameValue(path.Nodes[i], readPath.Nodes[i], what);
                }

                for (var i = 0; i < path.Relationships.Count; i++)
                {
                    AssertSameValue(path.Relationships[i], readPath.Relationships[i], what);
                }

                break;
            case IReadOnlyDictionary<string, object?> map:
                var readMap = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(actual);
                Assert.Equal(map.Keys.Order(StringComparer.Ordinal), readMap.Keys.Order(StringComparer.Ordinal));
                foreach (var (key, item) in map)
                {
                    AssertSameValue(item, readMap[key], what);
                }

                break;
            case IReadOnlyList<object?> list:
                var readList = Assert.IsAssignableFrom<IReadOnlyList<object?>>(actual);
                Assert.Equal(list.Count, readList.Count);
                for (var i = 0; i < list.Count; i++)
                {
                    AssertSameValue(list[i], readList[i], what);
                }

                break;
            default:
                Assert.Equal(expected, actual);
                break;
        }
    }
}
