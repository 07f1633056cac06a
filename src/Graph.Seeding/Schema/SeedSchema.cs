using Graph.Seeding.Import;

namespace Graph.Seeding.Schema;

/// <summary>
/// The seed's schema as data, in one place (graph-seed format, see /docs/seed-tools.md): the folders, the labels with
/// their files, id prefixes and columns, the relationship types with their allowed endpoints, and every enumeration.
/// The validator and the loader read it; nothing else spells these out.
/// </summary>
public static class SeedSchema
{
    public const string NodesFolder = "nodes";
    public const string RelationshipsFolder = "rels";
    public const string SourceFolder = "source";
    public const string ReportFileName = "xiqing-2021-report.txt";

    /// <summary>The slug after <c>&lt;prefix&gt;-</c>: lower-case ASCII words joined by single hyphens.</summary>
    public const string SlugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public static readonly IReadOnlyList<string> PlaceLevels =
        ["country", "province", "city", "district", "county", "town", "street", "village", "area", "river", "lake", "reservoir", "canal", "region"];

    /// <summary>Place levels that have official administrative codes; other places leave <c>code</c> empty.</summary>
    public static readonly IReadOnlyList<string> CodedPlaceLevels = ["province", "city", "district", "county", "town", "street"];

    /// <summary>Place levels an ALONG relationship may end at.</summary>
    public static readonly IReadOnlyList<string> WaterwayLevels = ["river", "canal", "lake"];

    public static readonly IReadOnlyList<string> ProjectCategories =
        ["industrial", "infrastructure", "transport", "culture_tourism", "ecology", "livelihood", "education", "health", "urban_renewal", "agriculture", "technology", "commerce", "other"];

    public static readonly IReadOnlyList<string> EnterpriseKinds = ["state_owned", "private", "foreign", "joint_venture", "listed", "unknown"];

    public static readonly IReadOnlyList<string> ChainTiers = ["leading", "emerging", "traditional", "service", "agriculture", "other"];

    public static readonly IReadOnlyList<string> InstitutionKinds =
        ["university", "research", "hospital", "school", "fund", "alliance", "platform", "government", "association", "other"];

    public static readonly IReadOnlyList<string> ProgramKinds = ["policy", "project_campaign", "talent", "reform", "action_plan", "other"];

    public static readonly IReadOnlyList<string> TransportKinds = ["metro", "road", "railway", "expressway", "bridge", "bus", "other"];

    public static readonly IReadOnlyList<string> Statuses = ["completed", "under_construction", "planned", "signed", "landed", "operating", "unknown"];

    public static readonly IReadOnlyList<string> Periods = ["review_2016_2021", "year_2021", "goals_2022_2026", "plan_2022"];

    /// <summary>
    /// Which part of the report each period's facts are stated in, by the part's heading. The lines before the
    /// first heading (the notice that circulated the report, the title) belong to no part.
    /// </summary>
    public static readonly IReadOnlyList<PeriodPart> PeriodParts =
    [
        new("review_2016_2021", "一、过去五年工作回顾"),
        new("year_2021", "一、过去五年工作回顾"),
        new("goals_2022_2026", "二、今后五年的目标任务"),
        new("plan_2022", "三、2022年的重点工作"),
    ];

    /// <summary>The columns every node file has between <c>id:ID</c> and the label's extras.</summary>
    public static readonly IReadOnlyList<ColumnSchema> CommonNodeColumns =
    [
        ColumnSchema.Text("name", required: true),
        new("aliases", ImportValueType.String, IsArray: true, Required: false),
        ColumnSchema.Text("description"),
        ColumnSchema.Text("evidence", required: true),
        new("line", ImportValueType.Int, IsArray: false, Required: true),
    ];

    /// <summary>The property columns of every relationship file, after <c>:START_ID,:END_ID,:TYPE</c>.</summary>
    public static readonly IReadOnlyList<ColumnSchema> RelationshipColumns =
    [
        ColumnSchema.Enum("status", Statuses),
        ColumnSchema.Enum("period", Periods),
        ColumnSchema.Text("evidence", required: true),
        new("line", ImportValueType.Int, IsArray: false, Required: true),
        ColumnSchema.Text("note"),
    ];

    /// <summary>The exact header line of every relationship file.</summary>
    public static string RelationshipHeader => ":START_ID,:END_ID,:TYPE," + string.Join(',', RelationshipColumns.Select(c => c.HeaderText));

    public static readonly IReadOnlyList<LabelSchema> Labels =
    [
        new("Enterprise", "enterprise.csv", "ent", [ColumnSchema.Text("country"), ColumnSchema.Enum("kind", EnterpriseKinds)]),
        new("Project", "project.csv", "proj",
        [
            ColumnSchema.Enum("category", ProjectCategories),
            new("investment", ImportValueType.Double, IsArray: false, Required: false),
            ColumnSchema.Text("investment_unit"),
        ]),
        new("Place", "place.csv", "place", [ColumnSchema.Enum("level", PlaceLevels), ColumnSchema.Text("code")]),
        new("Park", "park.csv", "park", []),
        new("Chain", "chain.csv", "chain", [ColumnSchema.Enum("tier", ChainTiers)]),
        new("Institution", "institution.csv", "inst", [ColumnSchema.Enum("kind", InstitutionKinds)]),
        new("Program", "program.csv", "prog", [ColumnSchema.Enum("kind", ProgramKinds)]),
        new("TransportLine", "transport_line.csv", "line", [ColumnSchema.Enum("kind", TransportKinds)]),
        new("Event", "event.csv", "event", []),
        new("Product", "product.csv", "prod", []),
        new("Designation", "designation.csv", "desig", []),
        new("Indicator", "indicator.csv", "ind",
        [
            new("value", ImportValueType.Double, IsArray: false, Required: true),
            ColumnSchema.Text("unit"),
            new("year", ImportValueType.Int, IsArray: false, Required: true),
            ColumnSchema.Text("subject"),
        ]),
    ];

    public static readonly IReadOnlyList<RelationshipSchema> RelationshipTypes =
    [
        Rel("IN_CHAIN", To("Chain")),
        Rel("LOCATED_IN", To("Place", "Park")),
        new("PART_OF", "part_of.csv", [new(["Place"], ["Place"]), new(["Park"], ["Park"])]),
        Rel("DEVELOPS", new EndpointRule(["Enterprise", "Institution"], ["Project"])),
        Rel("HEADQUARTERS_IN", new EndpointRule(["Enterprise"], ["Place", "Park"])),
        Rel("SERVES", new EndpointRule(["TransportLine"], ["Place", "Park"])),
        new("ALONG", "along.csv", [To("Place")], WaterwayLevels),
        Rel("PRODUCES", To("Product")),
        Rel("HOSTS", To("Event")),
        Rel("SUPPORTS", new EndpointRule(["Place", "Institution"], [])),
        Rel("PARTNERS_WITH", new EndpointRule([], [])),
        Rel("IN_PROGRAM", To("Program")),
        Rel("DESIGNATED_AS", To("Designation")),
        Rel("INVESTS_IN", new EndpointRule(["Enterprise"], ["Project", "Enterprise"])),
        Rel("MEASURES", new EndpointRule(["Indicator"], [])),
    ];

    /// <summary>Labels every node of which must take part in at least one relationship.</summary>
    public static readonly IReadOnlyList<string> LabelsThatNeedARelationship = ["Enterprise", "Project"];

    public static LabelSchema? FindLabel(string label) => Labels.FirstOrDefault(l => string.Equals(l.Label, label, StringComparison.Ordinal));

    public static LabelSchema? LabelOfFile(string fileName) => Labels.FirstOrDefault(l => string.Equals(l.FileName, fileName, StringComparison.Ordinal));

    public static RelationshipSchema? FindType(string type) => RelationshipTypes.FirstOrDefault(t => string.Equals(t.Type, type, StringComparison.Ordinal));

    public static RelationshipSchema? TypeOfFile(string fileName) => RelationshipTypes.FirstOrDefault(t => string.Equals(t.FileName, fileName, StringComparison.Ordinal));

    private static EndpointRule To(params string[] endLabels) => new([], endLabels);

    private static RelationshipSchema Rel(string type, EndpointRule rule) =>
        new(type, type.ToLowerInvariant() + ".csv", [rule]);
}
