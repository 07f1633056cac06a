namespace Graph.Api.Security;

/// <summary>The outcome of comparing a request's API key with the configured one.</summary>
public enum KeyCheck
{
    Missing,
    NotConfigured,
    Wrong,
    Valid,
}
