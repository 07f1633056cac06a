namespace Graph.Seeding.Tests.Validation;

public sealed partial class SeedValidatorTests
{
    [Fact]
    public void Quote_not_in_the_report_is_reported()
    {
        _seed.Edit("nodes/product.csv", 2, ",麦积蜂蜜,236,", ",麦积的蜂蜜,236,");

        AssertOnly("nodes/product.csv:2: evidence not found in the report: '麦积的蜂蜜'");
    }

    [Fact]
    public void Quote_on_the_wrong_line_says_where_it_is()
    {
        _seed.Edit("nodes/project.csv", 2, ",芯片测试中心,707,", ",芯片测试中心,705,");
        _seed.Edit("rels/serves.csv", 2, ",178,", ",179,");

        AssertOnly(
            "nodes/project.csv:2: evidence starts on line 707 of the report, not line 705: '芯片测试中心'",
            "rels/serves.csv:2: evidence starts on line 178 of the report, not line 179: '地铁 5、6号线建成通车'");
    }

    [Fact]
    public void Line_past_the_end_of_the_report_is_reported()
    {
        _seed.Edit("nodes/park.csv", 2, ",70,", ",9999,");

        AssertOnly("nodes/park.csv:2: line 9999 is not a line of the report (1-965)");
    }

    [Fact]
    public void Period_must_be_the_part_of_the_report_its_evidence_is_in()
    {
        _seed.Edit("rels/in_chain.csv", 4, ",plan_2022,", ",goals_2022_2026,");

        AssertOnly("rels/in_chain.csv:4: period goals_2022_2026 is stated in part '二、今后五年的目标任务', but line 705 is in part '三、2022年的重点工作' (lines 637-965)");
    }

    [Fact]
    public void Evidence_from_before_the_first_part_fits_any_period()
    {
        _seed.Append("rels/located_in.csv", "park-ai-industrial-park,place-xiqing-district,LOCATED_IN,operating,plan_2022,天津市西青区,1,");

        AssertOnly();
    }

    [Fact]
    public void Duplicate_relationship_points_at_the_first()
    {
        var line = _seed.Append("rels/in_chain.csv", _seed.ReadLine("rels/in_chain.csv", 2));

        AssertOnly($"rels/in_chain.csv:{line}: duplicate relationship (ent-smic)-[:IN_CHAIN {{period: review_2016_2021}}]->(chain-integrated-circuit) (first at rels/in_chain.csv:2)");
    }

    [Fact]
    public void Same_relationship_in_another_period_is_no_duplicate()
    {
        _seed.Append("rels/in_chain.csv", "ent-smic,chain-integrated-circuit,IN_CHAIN,planned,goals_2022_2026,做大做强集成电,561,");

        AssertOnly();
    }

    [Fact]
    public void Orphan_enterprise_and_project_are_reported()
    {
        var enterprise = _seed.Append("nodes/enterprise.csv", "ent-faw-toyota,一汽丰田,,,中芯国际、一汽丰田,62,Japan,joint_venture,Enterprise");
        var project = _seed.Append("nodes/project.csv", "proj-lonely,孤独项目,,,芯片测试中心,707,other,,,Project");

        AssertOnly(
            $"nodes/enterprise.csv:{enterprise}: Enterprise 'ent-faw-toyota' has no relationship (every Enterprise needs at least one)",
            $"nodes/project.csv:{project}: Project 'proj-lonely' has no relationship (every Project needs at least one)");
    }

    [Fact]
    public void Relationship_between_labels_its_type_does_not_join_is_reported()
    {
        var inChain = _seed.Append("rels/in_chain.csv", "ent-smic,place-xiqing-district,IN_CHAIN,planned,plan_2022,加快推动中芯国际扩能,705,");
        var partOf = _seed.Append("rels/part_of.csv", "park-ai-industrial-park,place-xiqing-district,PART_OF,unknown,review_2016_2021,以人工智能产业园,70,");

        AssertOnly(
            $"rels/in_chain.csv:{inChain}: IN_CHAIN cannot go from Enterprise 'ent-smic' to Place 'place-xiqing-district' (allowed: * → Chain)",
            $"rels/part_of.csv:{partOf}: PART_OF cannot go from Park 'park-ai-industrial-park' to Place 'place-xiqing-district' (allowed: Place → Place or Park → Park)");
    }

    [Fact]
    public void Along_must_end_at_a_waterway()
    {
        _seed.Edit("rels/along.csv", 2, "place-grand-canal", "place-yangliuqing-town");

        AssertOnly("rels/along.csv:2: ALONG must end at a place of level river, canal, lake; 'place-yangliuqing-town' is a town");
    }

    [Fact]
    public void Relationship_from_a_node_to_itself_is_reported()
    {
        var line = _seed.Append("rels/partners_with.csv", "place-xiqing-district,place-xiqing-district,PARTNERS_WITH,planned,plan_2022,强化与海河基金等优质产业基金合作,744,");

        AssertOnly($"rels/partners_with.csv:{line}: relationship from 'place-xiqing-district' to itself");
    }

    [Fact]
    public void Unknown_type_and_type_in_another_file_are_reported()
    {
        _seed.Edit("rels/hosts.csv", 2, ",HOSTS,", ",HOSTED,");
        _seed.Edit("rels/produces.csv", 2, ",PRODUCES,", ",HOSTS,");

        AssertOnly(
            "rels/hosts.csv:2: unknown relationship type 'HOSTED'",
            "rels/produces.csv:2: type HOSTS does not belong in produces.csv (the file of PRODUCES)",
            "rels/produces.csv:2: HOSTS cannot go from Place 'place-maiji-district' to Product 'prod-maiji-honey' (allowed: * → Event)");
    }

    [Fact]
    public void Missing_and_unknown_files_are_reported()
    {
        _seed.Delete("rels/supports.csv");
        _seed.WriteRaw("nodes/company.csv", "id:ID,name,:LABEL\n");

        AssertOnly(
            "nodes/company.csv:1: unknown file: no label of the schema is stored in company.csv",
            "rels/supports.csv:1: missing file: every relationship type has one, and this is SUPPORTS's");
    }

    [Fact]
    public void Place_code_must_be_digits_and_only_on_administrative_places()
    {
        _seed.Edit("nodes/place.csv", 3, ",120111101,", ",12011I101,");
        _seed.Edit("nodes/place.csv", 5, ",canal,,", ",canal,120111,");

        AssertOnly(
            "nodes/place.csv:3: code '12011I101' is not all digits",
            "nodes/place.csv:5: code is only for places of level province, city, district, county, town, street; this one is a canal");
    }

    [Fact]
    public void Investment_and_its_unit_come_together()
    {
        _seed.Edit("nodes/project.csv", 2, ",industrial,,,", ",industrial,12.5,,");
        _seed.Edit("nodes/project.csv", 3, ",industrial,,,", ",industrial,,亿元,");

        AssertOnly(
            "nodes/project.csv:2: investment without investment_unit",
            "nodes/project.csv:3: investment_unit without investment");
    }

    [Fact]
    public void Indicator_subject_must_be_a_node()
    {
        _seed.Edit("nodes/indicator.csv", 2, ",place-xiqing-district,", ",place-xiqing,");

        AssertOnly("nodes/indicator.csv:2: subject 'place-xiqing' is not the id of a node");
    }

    [Fact]
    public void Missing_report_is_one_problem_and_evidence_goes_unchecked()
    {
        Directory.Delete(Path.Join(_seed.Folder, "source"), recursive: true);
        _seed.Edit("nodes/park.csv", 2, ",70,", ",71,");

        var problems = Problems();

        Assert.Single(problems);
        Assert.StartsWith("source/xiqing-2021-report.txt:1: source report not found (looked for ", problems[0], StringComparison.Ordinal);
        Assert.EndsWith("); evidence not checked", problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_come_ordered_by_file_then_line()
    {
        _seed.Edit("rels/serves.csv", 3, ",545,", ",546,");
        _seed.Edit("nodes/place.csv", 4, ",232,", ",233,");
        _seed.Edit("nodes/place.csv", 2, ",1,", ",2,");

        var problems = Problems();

        Assert.Equal(["nodes/place.csv:2", "nodes/place.csv:4", "rels/serves.csv:3"], problems.Select(p => p[..p.IndexOf(": ", StringComparison.Ordinal)]));
    }
}
