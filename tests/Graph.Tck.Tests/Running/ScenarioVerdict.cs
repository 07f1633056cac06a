namespace Graph.Tck.Tests.Running;

/// <summary>What a scenario's outcome means for the test run, given the allow-list.</summary>
public enum ScenarioVerdict
{
    /// <summary>Listed and passed.</summary>
    Passed,

    /// <summary>Not listed but passed: it should be added to the list.</summary>
    NewlyPassing,

    /// <summary>Listed but did not pass: the test fails.</summary>
    Regression,

    /// <summary>Not listed and did not pass: reported as skipped with the reason.</summary>
    KnownFailure,

    /// <summary>Tagged <c>@ignore</c> upstream: skipped.</summary>
    Ignored,
}
