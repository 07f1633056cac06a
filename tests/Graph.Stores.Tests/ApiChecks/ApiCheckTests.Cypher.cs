using System.Net;
using Graph.Core.Store;
using Codes = Graph.Core.Errors.StatusCodes;

namespace Graph.Stores.Tests.ApiChecks;

/// <summary>The Cypher console and the write endpoints on each store.</summary>
public abstract partial class ApiCheckTests
{
    private const string TestEnterprise = "ent-stores-lifecycle";

    [SkippableFact]
    public async Task The_cypher_console_answers_a_read()
    {
        using var client = Api.CreateClient();

        var answer = await JsonAsync(
            await PostAsync(client, "/api/cypher", new { statement = "MATCH (c:Chain) WHERE c.tier = $tier RETURN c.name AS name, c.line AS line", parameters = new { tier = "leading" } }),
            HttpStatusCode.OK);

        Assert.Equal(["name", "line"], answer.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        var row = Assert.Single(answer.GetProperty("rows").EnumerateArray());
        Assert.Equal(("集成电路", 705), (row[0].GetString(), row[1].GetInt32()));
    }

    [SkippableFact]
    public async Task The_cypher_console_refuses_a_write_and_a_syntax_error()
    {
        using var client = Api.CreateClient();

        var write = await ProblemAsync(await PostAsync(client, "/api/cypher", new { statement = "CREATE (:StoresTest {id: 'console'})" }), HttpStatusCode.Forbidden);
        var syntax = await ProblemAsync(await PostAsync(client, "/api/cypher", new { statement = "MATCH (n)\nRETUR n" }), HttpStatusCode.BadRequest);
        var none = await Store.RunAsync(new CypherQuery("MATCH (n:StoresTest {id: 'console'}) RETURN count(n) AS c"), AccessMode.Read, null, CancellationToken.None);

        Assert.Equal(Codes.Forbidden, write.GetProperty("code").GetString());
        Assert.Equal(Codes.SyntaxError, syntax.GetProperty("code").GetString());
        Assert.Equal(2, syntax.GetProperty("line").GetInt32());
        Assert.Equal(0L, none.Rows[0][0]);
    }

    [SkippableFact]
    public async Task An_entity_and_its_relationship_are_created_changed_and_deleted_through_the_api()
    {
        using var writer = Api.CreateWriter();
        try
        {
            var entity = new { id = TestEnterprise, label = "Enterprise", name = "中芯国际测试", aliases = new[] { "SMIC test" }, evidence = "中芯国际、一汽丰田", line = 62, properties = new { kind = "listed", country = "China" } };
            await JsonAsync(await PostAsync(writer, "/api/entities", entity), HttpStatusCode.Created);
            var twice = await ProblemAsync(await PostAsync(writer, "/api/entities", entity), HttpStatusCode.Conflict);
            var link = new { from = TestEnterprise, type = "IN_CHAIN", to = "chain-integrated-circuit", period = "plan_2022", status = "planned", evidence = "做大集成电路产业链，加快推动中芯国际扩能", line = 705 };
            await JsonAsync(await PostAsync(writer, "/api/relationships", link), HttpStatusCode.Created);
            await JsonAsync(await writer.PatchAsync($"/api/entities/{TestEnterprise}", JsonContent(new { name = "中芯国际测试二" })), HttpStatusCode.OK);

            var created = await GetAsync($"/api/entities/{TestEnterprise}");
            var chain = await GetAsync("/api/chains/chain-integrated-circuit");

            Assert.Equal(Codes.ConstraintValidationFailed, twice.GetProperty("code").GetString());
            Assert.Equal("中芯国际测试二", created.GetProperty("properties").GetProperty("name").GetString());
            Assert.Equal(["SMIC test"], created.GetProperty("properties").GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
            Assert.Equal("chain-integrated-circuit", Assert.Single(created.GetProperty("links").GetProperty("items").EnumerateArray()).GetProperty("other").GetProperty("id").GetString());
            Assert.Equal(5, chain.GetProperty("members").GetProperty("total").GetInt32());

            await JsonAsync(await writer.DeleteAsync($"/api/entities/{TestEnterprise}"), HttpStatusCode.OK);
            using var reader = Api.CreateClient();
            await ProblemAsync(await reader.GetAsync($"/api/entities/{TestEnterprise}"), HttpStatusCode.NotFound);
        }
        finally
        {
            await Store.RunAsync(
                new CypherQuery("MATCH (n:Enterprise {id: $id}) DETACH DELETE n", Parameters(("id", TestEnterprise))), AccessMode.Write, null, CancellationToken.None);
        }
    }

    private static System.Net.Http.Json.JsonContent JsonContent(object body) => System.Net.Http.Json.JsonContent.Create(body);
}
