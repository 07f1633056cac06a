using System.Runtime.CompilerServices;
using Graph.Core.Errors;

namespace Graph.Engine;

/// <summary>
/// Guards the engine's recursive walks over plans and operator trees: a stack overflow cannot be caught in .NET and
/// kills the process, so a statement too deep for the stack of the thread running it is refused instead. The parser
/// bounds the nesting of expressions; chains of clauses and pattern hops have no fixed bound (1,000 WITH clauses
/// overflowed a 1.5 MB thread stack while building operators).
/// </summary>
internal static class StackGuard
{
    /// <summary>Throws a <see cref="CypherSemanticException"/> when the thread's stack is nearly used up.</summary>
    public static void Ensure()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new CypherSemanticException("The statement is too complex to run: it nests too deeply or chains too many clauses.");
        }
    }
}
