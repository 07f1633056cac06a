using Graph.Core.Errors;
using Graph.Core.Store;

namespace Graph.Tck.Tests.Running;

/// <summary>What running one statement gave: a result, a typed store error, any other exception (an engine bug), or a watchdog timeout.</summary>
internal sealed record QueryAttempt(QueryResult? Result, GraphException? Error, Exception? Crash, bool TimedOut);
