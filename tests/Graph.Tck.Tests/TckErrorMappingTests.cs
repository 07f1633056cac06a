using Graph.Core.Errors;
using Graph.Tck.Tests.Errors;

namespace Graph.Tck.Tests;

public sealed class TckErrorMappingTests
{
    [Theory]
    [InlineData("SyntaxError", StatusCodes.SyntaxError, true)]
    [InlineData("SyntaxError", StatusCodes.SemanticError, true)]
    [InlineData("SemanticError", StatusCodes.SemanticError, true)]
    [InlineData("SemanticError", StatusCodes.SyntaxError, true)]
    [InlineData("SyntaxError", StatusCodes.TypeError, false)]
    [InlineData("TypeError", StatusCodes.TypeError, true)]
    [InlineData("TypeError", StatusCodes.ArgumentError, false)]
    [InlineData("ArgumentError", StatusCodes.ArgumentError, true)]
    [InlineData("ArgumentError", StatusCodes.ArithmeticError, false)]
    [InlineData("EntityNotFound", StatusCodes.EntityNotFound, true)]
    [InlineData("ParameterMissing", StatusCodes.ParameterMissing, true)]
    [InlineData("ProcedureError", StatusCodes.ProcedureNotFound, true)]
    [InlineData("ProcedureError", StatusCodes.ProcedureCallFailed, true)]
    [InlineData("ConstraintVerificationFailed", StatusCodes.ConstraintValidationFailed, true)]
    [InlineData("SyntaxError", StatusCodes.FeatureNotSupported, false)]
    [InlineData("NoSuchType", StatusCodes.SyntaxError, false)]
    public void Each_TCK_type_accepts_its_codes_only(string tckType, string code, bool matches)
    {
        Assert.Equal(matches, TckErrorMapping.TypeMatches(tckType, code));
    }

    [Theory]
    [InlineData("a TypeError should be raised at compile time: InvalidArgumentType", StatusCodes.SyntaxError, "InvalidArgumentType", true)]
    [InlineData("a TypeError should be raised at compile time: InvalidArgumentType", StatusCodes.SemanticError, "InvalidArgumentType", true)]
    [InlineData("a TypeError should be raised at compile time: InvalidArgumentType", StatusCodes.SyntaxError, "UndefinedVariable", false)]
    [InlineData("a TypeError should be raised at runtime: InvalidArgumentType", StatusCodes.SyntaxError, "InvalidArgumentType", false)]
    [InlineData("a TypeError should be raised at runtime: InvalidArgumentType", StatusCodes.TypeError, null, true)]
    public void A_compile_time_type_error_may_come_as_a_rejection_with_its_detail(string step, string code, string? detail, bool matches)
    {
        Assert.Equal(matches, TckErrorMapping.Matches(ExpectedError.FromStep(step)!, code, detail));
    }

    [Fact]
    public void Every_type_the_TCK_uses_is_mapped()
    {
        string[] used = ["SyntaxError", "SemanticError", "TypeError", "ArgumentError", "EntityNotFound", "ParameterMissing", "ProcedureError", "ConstraintVerificationFailed"];

        Assert.All(used, type => Assert.NotEmpty(TckErrorMapping.CodesFor(type)));
    }

    [Fact]
    public void An_error_step_reads_type_phase_and_detail()
    {
        var expected = ExpectedError.FromStep("a SyntaxError should be raised at compile time: UndefinedVariable");

        Assert.Equal(new ExpectedError("SyntaxError", "compile time", "UndefinedVariable"), expected);
        Assert.True(expected!.DetailMatches("UndefinedVariable"));
        Assert.False(expected.DetailMatches("VariableTypeConflict"));
        Assert.False(expected.DetailMatches(null));
    }

    [Fact]
    public void A_star_detail_accepts_any_detail()
    {
        var expected = ExpectedError.FromStep("a TypeError should be raised at any time: *");

        Assert.Equal("any time", expected!.Phase);
        Assert.True(expected.DetailMatches(null));
    }

    [Fact]
    public void Other_steps_are_not_error_steps()
    {
        Assert.Null(ExpectedError.FromStep("the result should be empty"));
    }

    [Fact]
    public void A_raised_error_is_described_on_one_line()
    {
        var error = new CypherSemanticException("Variable `x` not defined\nat line 2", "UndefinedVariable");

        Assert.Equal("Neo.ClientError.Statement.SemanticError (UndefinedVariable): Variable `x` not defined at line 2", TckErrorMapping.Describe(error));
    }
}
