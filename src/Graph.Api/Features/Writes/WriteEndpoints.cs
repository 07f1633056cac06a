using Graph.Api.Contracts;
using Graph.Api.Hosting;
using Graph.Api.Problems;
using Graph.Api.Results;
using Graph.Api.Security;
using Graph.Core.Errors;
using Graph.Seeding.Schema;
using Microsoft.AspNetCore.Http.HttpResults;
using Http = Microsoft.AspNetCore.Http.StatusCodes;

namespace Graph.Api.Features.Writes;

/// <summary>
/// The writes, all behind the API key: reload the seed; add, change or delete an entity or a relationship, each
/// with evidence from the report. Each write is one statement in its own transaction.
/// </summary>
public static class WriteEndpoints
{
    public static RouteGroupBuilder MapWriteEndpoints(this RouteGroupBuilder api)
    {
        var writes = api.MapGroup(string.Empty).AddEndpointFilter<ApiKeyFilter>().WithTags("Writes")
            .ProducesProblem(Http.Status401Unauthorized).ProducesProblem(Http.Status403Forbidden);
        writes.MapPost("/seed/reload", ReloadSeed).WithName("ReloadSeed").WithSummary("Validates and loads the seed folder (when changed, or always with force=true).");
        writes.MapPost("/entities", CreateEntity).WithName("CreateEntity").WithSummary("Adds an entity, with the evidence that names it.");
        writes.MapPatch("/entities/{id}", UpdateEntity).WithName("UpdateEntity").WithSummary("Changes an entity's properties.");
        writes.MapDelete("/entities/{id}", DeleteEntity).WithName("DeleteEntity").WithSummary("Deletes an entity and its relationships.");
        writes.MapPost("/relationships", CreateRelationship).WithName("CreateRelationship").WithSummary("Adds a relationship with its status, period and evidence.");
        writes.MapPatch("/relationships/{from}/{type}/{to}/{period}", UpdateRelationship).WithName("UpdateRelationship").WithSummary("Changes a relationship's facts.");
        writes.MapDelete("/relationships/{from}/{type}/{to}/{period}", DeleteRelationship).WithName("DeleteRelationship").WithSummary("Deletes a relationship.");
        return api;
    }

    public static async Task<Results<Ok<SeedOutcome>, ProblemHttpResult>> ReloadSeed(bool? force, SeedService seeds, CancellationToken cancellationToken)
    {
        var outcome = await seeds.LoadAsync(force ?? false, cancellationToken);
        return outcome.Status == SeedOutcome.Invalid ? ApiProblems.InvalidSeed(outcome.Problems) : TypedResults.Ok(outcome);
    }

    public static async Task<Results<Created<WriteOutcome>, ProblemHttpResult>> CreateEntity(
        EntityWrite write, GraphQueries queries, ReportEvidence evidence, CancellationToken cancellationToken)
    {
        var label = SeedSchema.FindLabel(EntityLabels.Parse("label", write.Label) ?? throw new RequestParameterException("label", "is required."))!;
        var props = EntityProperties.ForCreate(label, write, evidence);
        var result = await queries.WriteAsync(
            EntityLabels.Render(WriteQueries.CreateEntity, label.Label),
            GraphQueries.Parameters(("id", write.Id), ("props", props)),
            cancellationToken);
        if (result.Rows.Count == 0)
        {
            throw new ConstraintViolationException($"An entity with id '{write.Id}' already exists.");
        }

        return TypedResults.Created($"/api/entities/{Uri.EscapeDataString(write.Id!)}", new WriteOutcome("created", write.Id!));
    }

    public static async Task<Results<Ok<WriteOutcome>, ProblemHttpResult>> UpdateEntity(
        string id, EntityPatch patch, GraphQueries queries, ReportEvidence evidence, CancellationToken cancellationToken)
    {
        if (EntityLabels.OfId(id) is not { } label)
        {
            return ApiProblems.NotFound("entity", id);
        }

        var props = EntityProperties.ForPatch(SeedSchema.FindLabel(label)!, patch, evidence);
        var result = await queries.WriteAsync(EntityLabels.Render(WriteQueries.UpdateEntity, label), GraphQueries.Parameters(("id", id), ("props", props)), cancellationToken);
        return result.Rows.Count == 0 ? ApiProblems.NotFound("entity", id) : TypedResults.Ok(new WriteOutcome("updated", id));
    }

    public static async Task<Results<Ok<WriteOutcome>, ProblemHttpResult>> DeleteEntity(string id, GraphQueries queries, CancellationToken cancellationToken)
    {
        if (EntityLabels.OfId(id) is not { } label)
        {
            return ApiProblems.NotFound("entity", id);
        }

        var result = await queries.WriteAsync(EntityLabels.Render(WriteQueries.DeleteEntity, label), GraphQueries.Parameters(("id", id)), cancellationToken);
        return result.Rows.Count == 0 ? ApiProblems.NotFound("entity", id) : TypedResults.Ok(new WriteOutcome("deleted", id));
    }

    public static async Task<Results<Created<WriteOutcome>, ProblemHttpResult>> CreateRelationship(
        RelationshipWrite write, GraphQueries queries, ReportEvidence evidence, CancellationToken cancellationToken)
    {
        var key = RelationshipKey.Parse(write.From, write.Type, write.To, write.Period);
        var status = RelationshipKey.CheckStatus(write.Status);
        evidence.Check(write.Evidence, write.Line);
        var parameters = key.Parameters();
        parameters["props"] = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["period"] = key.Period,
            ["status"] = status,
            ["evidence"] = write.Evidence,
            ["line"] = write.Line,
            ["note"] = string.IsNullOrWhiteSpace(write.Note) ? string.Empty : write.Note.Trim(),
        };
        var result = await queries.WriteAsync(key.Render(WriteQueries.CreateRelationship), parameters, cancellationToken);
        var row = result.Rows[0];
        if (row[0] is not true)
        {
            return ApiProblems.NotFound("entity", key.From);
        }

        if (row[1] is not true)
        {
            return ApiProblems.NotFound("entity", key.To);
        }

        if (row[2] is true)
        {
            throw new ConstraintViolationException($"The relationship {key} already exists; change it with PATCH.");
        }

        return TypedResults.Created(
            $"/api/relationships/{Uri.EscapeDataString(key.From)}/{key.Type}/{Uri.EscapeDataString(key.To)}/{key.Period}",
            new WriteOutcome("created", key.ToString()));
    }

    public static async Task<Results<Ok<WriteOutcome>, ProblemHttpResult>> UpdateRelationship(
        string from, string type, string to, string period, RelationshipPatch patch, GraphQueries queries, ReportEvidence evidence, CancellationToken cancellationToken)
    {
        var key = RelationshipKey.Parse(from, type, to, period);
        var props = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (patch.Status is not null)
        {
            props["status"] = RelationshipKey.CheckStatus(patch.Status);
        }

        if (patch.Evidence is not null || patch.Line is not null)
        {
            evidence.Check(patch.Evidence, patch.Line);
            props["evidence"] = patch.Evidence;
            props["line"] = patch.Line;
        }

        if (patch.Note is not null)
        {
            props["note"] = patch.Note.Trim();
        }

        if (props.Count == 0)
        {
            throw new RequestParameterException("body", "names nothing to change.");
        }

        var parameters = key.Parameters();
        parameters["props"] = props;
        var result = await queries.WriteAsync(key.Render(WriteQueries.UpdateRelationship), parameters, cancellationToken);
        return result.Rows.Count == 0 ? ApiProblems.NotFound("relationship", key.ToString()) : TypedResults.Ok(new WriteOutcome("updated", key.ToString()));
    }

    public static async Task<Results<Ok<WriteOutcome>, ProblemHttpResult>> DeleteRelationship(
        string from, string type, string to, string period, GraphQueries queries, CancellationToken cancellationToken)
    {
        var key = RelationshipKey.Parse(from, type, to, period);
        var result = await queries.WriteAsync(key.Render(WriteQueries.DeleteRelationship), key.Parameters(), cancellationToken);
        return CypherValues.Integer(result.Rows.Count > 0 ? result.Rows[0][0] : null) is > 0
            ? TypedResults.Ok(new WriteOutcome("deleted", key.ToString()))
            : ApiProblems.NotFound("relationship", key.ToString());
    }
}
