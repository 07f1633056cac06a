using Graph.Seeding.Reading;
using Graph.Seeding.Tests.Support;
using Graph.Seeding.Validation;

namespace Graph.Seeding.Tests.Validation;

/// <summary>
/// Each test breaks one thing in a copy of the tiny seed and pins the exact <c>file:line: message</c> that results,
/// and that nothing else is reported.
/// </summary>
public sealed partial class SeedValidatorTests : IDisposable
{
    private readonly TestSeed _seed = new();

    public void Dispose() => _seed.Dispose();

    private string[] Problems() => [.. SeedValidator.Validate(SeedReader.Read(_seed.Folder)).Select(p => p.ToString())];

    private void AssertOnly(params string[] expected) => Assert.Equal(expected, Problems());

    [Fact]
    public void Tiny_seed_in_the_repository_validates_clean()
    {
        // The tiny seed shares graph-seed/source with the full seed; until that copy exists, check against the original.
        var report = File.Exists(RepoPaths.SeedReport) ? null : RepoPaths.Report;

        var problems = SeedValidator.Validate(SeedReader.Read(RepoPaths.TinySeed, report));

        Assert.Empty(problems);
    }

    [Fact]
    public void Tiny_seed_covers_every_label_and_relationship_type_of_the_schema()
    {
        var graph = SeedReader.Read(_seed.Folder);

        Assert.Equal(Schema.SeedSchema.Labels.Select(l => l.Label).Order(StringComparer.Ordinal), graph.CountByLabel().Select(c => c.Key));
        Assert.Equal(Schema.SeedSchema.RelationshipTypes.Select(t => t.Type).Order(StringComparer.Ordinal), graph.CountByType().Select(c => c.Key));
    }

    [Fact]
    public void Copy_of_the_tiny_seed_with_its_own_report_validates_clean()
    {
        AssertOnly();
    }

    [Fact]
    public void Header_that_is_valid_import_syntax_but_not_the_schema_is_reported()
    {
        _seed.Edit("nodes/project.csv", 1, "line:int", "line:long");

        AssertOnly("nodes/project.csv:1: header must be 'id:ID,name,aliases:string[],description,evidence,line:int,category,investment:double,investment_unit,:LABEL', found 'id:ID,name,aliases:string[],description,evidence,line:long,category,investment:double,investment_unit,:LABEL'");
    }

    [Fact]
    public void Header_with_an_unknown_type_is_reported_and_its_rows_not_read()
    {
        _seed.Edit("nodes/product.csv", 1, "line:int", "line:integer");

        AssertOnly(
            "nodes/product.csv:1: header column 6 'line:integer': unknown type 'integer' (expected string, int, long, float, double or boolean, or an array of one: int[])",
            "rels/produces.csv:2: unknown end id 'prod-maiji-honey'");
    }

    [Fact]
    public void Unknown_label_is_reported()
    {
        _seed.Edit("nodes/enterprise.csv", 4, ",Enterprise", ",Company");

        AssertOnly("nodes/enterprise.csv:4: unknown label 'Company'");
    }

    [Fact]
    public void Label_in_the_file_of_another_label_is_reported()
    {
        _seed.Edit("nodes/enterprise.csv", 4, ",Enterprise", ",Chain");

        AssertOnly(
            "nodes/enterprise.csv:4: label Chain does not belong in enterprise.csv (the file of Enterprise)",
            "rels/headquarters_in.csv:2: HEADQUARTERS_IN cannot go from Chain 'ent-xiabuxiabu' to Place 'place-xiqing-district' (allowed: Enterprise → Place|Park)");
    }

    [Fact]
    public void Duplicate_id_across_files_points_at_the_first()
    {
        var line = _seed.Append("nodes/transport_line.csv", "place-xiqing-district,西青区,,,天津市西青区,1,metro,TransportLine");

        AssertOnly($"nodes/transport_line.csv:{line}: duplicate id 'place-xiqing-district' (first at nodes/place.csv:2)");
    }

    [Fact]
    public void Id_without_its_labels_prefix_and_slug_is_reported()
    {
        _seed.Edit("nodes/enterprise.csv", 4, "ent-xiabuxiabu", "ent-Xiabu_xiabu");
        _seed.Edit("rels/headquarters_in.csv", 2, "ent-xiabuxiabu", "ent-Xiabu_xiabu");
        _seed.Edit("nodes/enterprise.csv", 5, "ent-yuanqi-senlin", "proj-yuanqi-senlin");
        _seed.Edit("rels/invests_in.csv", 2, "ent-yuanqi-senlin", "proj-yuanqi-senlin");

        AssertOnly(
            "nodes/enterprise.csv:4: id 'ent-Xiabu_xiabu' does not follow ent-<slug> (slug: lower-case ASCII letters and digits, words joined by single hyphens)",
            "nodes/enterprise.csv:5: id 'proj-yuanqi-senlin' does not follow ent-<slug> (slug: lower-case ASCII letters and digits, words joined by single hyphens)");
    }

    [Fact]
    public void Empty_id_is_reported()
    {
        var line = _seed.Append("nodes/event.csv", ",某活动,,,天津国际种业博览会,217,Event");

        AssertOnly($"nodes/event.csv:{line}: id is required");
    }

    [Fact]
    public void Dangling_endpoints_are_reported()
    {
        _seed.Edit("rels/in_chain.csv", 2, "chain-integrated-circuit", "chain-ic");
        _seed.Edit("rels/serves.csv", 2, "line-metro-5", "line-metro-6");

        AssertOnly(
            "rels/in_chain.csv:2: unknown end id 'chain-ic'",
            "rels/serves.csv:2: unknown start id 'line-metro-6'");
    }

    [Fact]
    public void Value_outside_its_enumeration_is_reported()
    {
        _seed.Edit("nodes/chain.csv", 2, ",leading,", ",huge,");
        _seed.Edit("rels/in_chain.csv", 3, ",planned,plan_2022,", ",planed,plan-2022,");

        AssertOnly(
            "nodes/chain.csv:2: tier 'huge' is not one of leading, emerging, traditional, service, agriculture, other",
            "rels/in_chain.csv:3: status 'planed' is not one of completed, under_construction, planned, signed, landed, operating, unknown",
            "rels/in_chain.csv:3: period 'plan-2022' is not one of review_2016_2021, year_2021, goals_2022_2026, plan_2022");
    }

    [Fact]
    public void Required_columns_left_empty_are_reported()
    {
        _seed.Edit("nodes/park.csv", 2, "人工智能产业园,AI", ",AI");
        _seed.Edit("nodes/place.csv", 5, ",canal,", ",,");
        _seed.Edit("rels/hosts.csv", 2, ",planned,", ",,");

        AssertOnly(
            "nodes/park.csv:2: name is required",
            "nodes/place.csv:5: level is required",
            "rels/hosts.csv:2: status is required");
    }

    [Fact]
    public void Bad_int_and_bad_double_point_at_their_row()
    {
        _seed.Edit("nodes/park.csv", 2, ",70,", ",7O,");
        _seed.Edit("nodes/project.csv", 2, ",industrial,,,", ",industrial,lots,亿元,");

        AssertOnly(
            "nodes/park.csv:2: column line: '7O' is not an int",
            "nodes/project.csv:2: column investment: 'lots' is not a double");
    }

    [Fact]
    public void Unterminated_quote_is_reported_at_its_records_first_line()
    {
        var line = _seed.Append("nodes/enterprise.csv", "ent-broken,\"坏的,,,中芯国际,62,China,listed,Enterprise");

        AssertOnly($"nodes/enterprise.csv:{line}: unterminated quoted field (no closing quote before the end of the file)");
    }

    [Fact]
    public void Row_of_the_wrong_width_is_reported()
    {
        var line = _seed.Append("nodes/product.csv", "prod-extra,某产品,,,麦积蜂蜜,236");

        AssertOnly($"nodes/product.csv:{line}: 6 fields, the header has 7");
    }
}
