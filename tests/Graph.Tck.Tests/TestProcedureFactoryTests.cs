using Graph.Tck.Tests.Procedures;

namespace Graph.Tck.Tests;

public sealed class TestProcedureFactoryTests
{
    private static readonly string[][] CityTable =
    [
        ["name", "id", "city", "country_code"],
        ["'Andres'", "1", "'Malmö'", "46"],
        ["'Stefan'", "1", "'Berlin'", "49"],
        ["'Stefan'", "2", "'München'", "49"],
    ];

    [Fact]
    public void The_signature_gives_name_inputs_and_outputs()
    {
        var procedure = TestProcedureFactory.Create(
            "there exists a procedure test.my.proc(name :: STRING?, id :: INTEGER?) :: (city :: STRING?, country_code :: INTEGER?):",
            CityTable);

        Assert.Equal("test.my.proc", procedure.Name);
        Assert.Equal(["name", "id"], procedure.Inputs.Select(p => p.Name));
        Assert.Equal(["STRING?", "INTEGER?"], procedure.Inputs.Select(p => p.Type));
        Assert.Equal(["city", "country_code"], procedure.Outputs.Select(p => p.Name));
    }

    [Fact]
    public void A_call_returns_the_outputs_of_rows_matching_its_arguments()
    {
        var procedure = TestProcedureFactory.Create(
            "there exists a procedure test.my.proc(name :: STRING?, id :: INTEGER?) :: (city :: STRING?, country_code :: INTEGER?):",
            CityTable);

        var rows = procedure.Invoke(null!, ["Stefan", 1L]).ToList();

        Assert.Equal([["Berlin", 49L]], rows);
    }

    [Fact]
    public void A_void_procedure_has_no_inputs_outputs_or_rows()
    {
        var procedure = TestProcedureFactory.Create("there exists a procedure test.doNothing() :: ():", [[]]);

        Assert.Empty(procedure.Inputs);
        Assert.Empty(procedure.Outputs);
        Assert.Empty(procedure.Invoke(null!, []));
    }

    [Fact]
    public void A_procedure_without_inputs_returns_every_row()
    {
        var procedure = TestProcedureFactory.Create("there exists a procedure test.labels() :: (label :: STRING?):", [["label"], ["'A'"], ["'B'"]]);

        Assert.Equal([["A"], ["B"]], procedure.Invoke(null!, []).ToList());
    }

    [Fact]
    public void Null_arguments_match_null_rows_and_numbers_match_by_value()
    {
        var procedure = TestProcedureFactory.Create(
            "there exists a procedure test.my.proc(in :: INTEGER?) :: (a :: INTEGER?, b :: INTEGER?) :",
            [["in", "a", "b"], ["null", "1", "2"], ["42.0", "3", "4"]]);

        Assert.Equal([[1L, 2L]], procedure.Invoke(null!, [null]).ToList());
        Assert.Equal([[3L, 4L]], procedure.Invoke(null!, [42L]).ToList());
    }

    [Fact]
    public void A_table_header_that_is_not_the_signature_is_rejected()
    {
        Assert.Throws<FormatException>(() => TestProcedureFactory.Create("there exists a procedure test.p(in :: INTEGER?) :: (out :: STRING?):", [["out", "in"]]));
    }
}
