using Graph.Engine.Ast;

namespace Graph.Engine.Parsing;

/// <summary>
/// Neo4j 5 allows a bare pattern such as <c>(a)--&gt;(b)</c> as an expression only where it tests existence:
/// in a WHERE, under NOT/AND/OR/XOR there, or as the argument of exists(). Elsewhere (RETURN (a)--&gt;(b), size((a)--&gt;()))
/// it is a syntax error; COUNT { … }, EXISTS { … } and pattern comprehensions replace it.
/// </summary>
internal sealed partial class StatementParser
{
    private readonly List<AstPatternExpression> _patternExpressions = [];
    private readonly HashSet<AstPatternExpression> _approvedPatterns = new(ReferenceEqualityComparer.Instance);

    private AstExpression ParsePredicate()
    {
        var predicate = ParseExpression();
        Approve(predicate);
        return predicate;
    }

    private void Approve(AstExpression predicate)
    {
        var pending = new Stack<AstExpression>();
        pending.Push(predicate);
        while (pending.TryPop(out var expression))
        {
            switch (expression)
            {
                case AstPatternExpression pattern:
                    _approvedPatterns.Add(pattern);
                    break;
                case AstUnary { Operator: AstUnaryOperator.Not } not:
                    pending.Push(not.Operand);
                    break;
                case AstBinary { Operator: AstBinaryOperator.And or AstBinaryOperator.Or or AstBinaryOperator.Xor } binary:
                    pending.Push(binary.Left);
                    pending.Push(binary.Right);
                    break;
            }
        }
    }

    private void ValidatePatternExpressions()
    {
        foreach (var pattern in _patternExpressions)
        {
            if (!_approvedPatterns.Contains(pattern))
            {
                throw _map.Error(
                    pattern.Position.Offset,
                    "A pattern expression should only be used to test the existence of a pattern (in WHERE or exists()); "
                    + "use COUNT { … }, EXISTS { … } or a pattern comprehension instead");
            }
        }
    }

    /// <summary>The index of the token closing the bracket at <paramref name="open"/>, or -1.</summary>
    private int MatchingClose(int open)
    {
        _closers ??= ComputeClosers();
        return _closers[open];
    }

    private int[]? _closers;

    private int[] ComputeClosers()
    {
        var closers = new int[_tokens.Count];
        Array.Fill(closers, -1);
        var stack = new Stack<int>();
        for (var i = 0; i < _tokens.Count; i++)
        {
            switch (_tokens[i].Kind)
            {
                case TokenKind.LeftParen or TokenKind.LeftBracket or TokenKind.LeftBrace:
                    stack.Push(i);
                    break;
                case TokenKind.RightParen or TokenKind.RightBracket or TokenKind.RightBrace:
                    if (stack.Count == 0)
                    {
                        break;
                    }

                    var open = stack.Pop();
                    if (Closes(_tokens[open].Kind, _tokens[i].Kind))
                    {
                        closers[open] = i;
                    }

                    break;
            }
        }

        return closers;
    }

    private static bool Closes(TokenKind open, TokenKind close) =>
        (open, close) is (TokenKind.LeftParen, TokenKind.RightParen) or (TokenKind.LeftBracket, TokenKind.RightBracket)
            or (TokenKind.LeftBrace, TokenKind.RightBrace);
}
