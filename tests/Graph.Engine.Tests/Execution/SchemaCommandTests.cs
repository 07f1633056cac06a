using Graph.Core.Errors;

namespace Graph.Engine.Tests.Execution;

/// <summary>
/// Constraints the engine cannot enforce are refused with FeatureNotSupported and leave no trace, rather than being
/// created, listed by SHOW CONSTRAINTS and then ignored by every write.
/// </summary>
public sealed class SchemaCommandTests
{
    [Theory]
    [InlineData("CREATE CONSTRAINT age_type FOR (n:Person) REQUIRE n.age IS :: INTEGER", "property type constraints")]
    [InlineData("CREATE CONSTRAINT rel_unique FOR ()-[r:KNOWS]-() REQUIRE r.id IS UNIQUE", "constraints on relationships")]
    [InlineData("CREATE CONSTRAINT rel_key FOR ()-[r:KNOWS]-() REQUIRE r.id IS RELATIONSHIP KEY", "constraints on relationships")]
    [InlineData("CREATE CONSTRAINT rel_exists FOR ()-[r:KNOWS]-() REQUIRE r.since IS NOT NULL", "constraints on relationships")]
    public void A_constraint_that_would_not_be_enforced_is_refused_and_not_created(string statement, string feature)
    {
        var store = new EmbeddedGraphStore();

        var error = Assert.Throws<UnsupportedFeatureException>(() => store.Run(statement));

        Assert.Equal(StatusCodes.FeatureNotSupported, error.Code);
        Assert.Contains(feature, error.Message, StringComparison.Ordinal);
        Assert.Empty(store.Run("SHOW CONSTRAINTS").Rows);
    }

    [Fact]
    public void Node_uniqueness_existence_and_key_constraints_are_created_and_enforced()
    {
        var store = new EmbeddedGraphStore();
        store.Run("CREATE CONSTRAINT p_id FOR (n:Person) REQUIRE n.id IS UNIQUE");
        store.Run("CREATE CONSTRAINT p_name FOR (n:Person) REQUIRE n.name IS NOT NULL");
        store.Run("CREATE (:Person {id: 1, name: 'a'})");

        Assert.Equal(2, store.Run("SHOW CONSTRAINTS").Rows.Count);
        Assert.Throws<ConstraintViolationException>(() => store.Run("CREATE (:Person {id: 1, name: 'b'})"));
        Assert.Throws<ConstraintViolationException>(() => store.Run("CREATE (:Person {id: 2})"));
    }
}
