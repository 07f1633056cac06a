using System.Numerics;
using Graph.Engine.Ast;

namespace Graph.Engine.Parsing;

internal sealed partial class StatementParser
{
    private static readonly BigInteger MaxMagnitude = BigInteger.Pow(2, 63);

    // The expression depth at which '|' ends the expression (list comprehension, reduce, FOREACH), so that
    // `x:A | x.name` reads as a label test followed by the projection, not as the label alternative A|x.
    private int _pipeEndsAtDepth = -1;

    private AstExpression ParseExpression()
    {
        using (Nest())
        {
            return ParseOr();
        }
    }

    /// <summary>Parses an expression that '|' ends (the list of a comprehension, a WHERE before a projection).</summary>
    private AstExpression ParseExpressionBeforePipe(bool predicate = false)
    {
        var outer = _pipeEndsAtDepth;
        _pipeEndsAtDepth = _depth + 1;
        try
        {
            return predicate ? ParsePredicate() : ParseExpression();
        }
        finally
        {
            _pipeEndsAtDepth = outer;
        }
    }

    private AstExpression ParseOr()
    {
        var left = ParseXor();
        while (AtKeyword("OR"))
        {
            Advance();
            left = new AstBinary(left.Position, AstBinaryOperator.Or, left, ParseXor());
        }

        return left;
    }

    private AstExpression ParseXor()
    {
        var left = ParseAnd();
        while (AtKeyword("XOR"))
        {
            Advance();
            left = new AstBinary(left.Position, AstBinaryOperator.Xor, left, ParseAnd());
        }

        return left;
    }

    private AstExpression ParseAnd()
    {
        var left = ParseNot();
        while (AtKeyword("AND"))
        {
            Advance();
            left = new AstBinary(left.Position, AstBinaryOperator.And, left, ParseNot());
        }

        return left;
    }

    private AstExpression ParseNot()
    {
        var nots = new List<SourcePosition>();
        while (AtKeyword("NOT"))
        {
            nots.Add(Here);
            Advance();
        }

        var operand = ParseComparison();
        for (var i = nots.Count - 1; i >= 0; i--)
        {
            operand = new AstUnary(nots[i], AstUnaryOperator.Not, operand);
        }

        return operand;
    }

    private AstExpression ParseComparison()
    {
        var left = ParsePredicateChain();
        AstExpression? result = null;
        while (ComparisonOperator() is { } op)
        {
            if (At(TokenKind.BangEqual))
            {
                throw ErrorAt(Current, "Unknown operation '!=' (you probably meant to use '<>', which is the operator for inequality testing)");
            }

            Advance();
            var right = ParsePredicateChain();
            var pair = new AstBinary(left.Position, op, left, right);

            // a < b < c means a < b AND b < c.
            result = result is null ? pair : new AstBinary(result.Position, AstBinaryOperator.And, result, pair);
            left = right;
        }

        return result ?? left;
    }

    private AstBinaryOperator? ComparisonOperator() => Current.Kind switch
    {
        TokenKind.Equal => AstBinaryOperator.Equal,
        TokenKind.NotEqual or TokenKind.BangEqual => AstBinaryOperator.NotEqual,
        TokenKind.Less => AstBinaryOperator.Less,
        TokenKind.LessOrEqual => AstBinaryOperator.LessOrEqual,
        TokenKind.Greater => AstBinaryOperator.Greater,
        TokenKind.GreaterOrEqual => AstBinaryOperator.GreaterOrEqual,
        _ => null,
    };

    private AstExpression ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (true)
        {
            AstBinaryOperator op;
            if (At(TokenKind.Plus) || At(TokenKind.DoublePipe))
            {
                // '||' concatenates strings and lists, which '+' also does.
                op = AstBinaryOperator.Add;
            }
            else if (At(TokenKind.Minus))
            {
                op = AstBinaryOperator.Subtract;
            }
            else
            {
                return left;
            }

            Advance();
            left = new AstBinary(left.Position, op, left, ParseMultiplicative());
        }
    }

    private AstExpression ParseMultiplicative()
    {
        var left = ParsePower();
        while (true)
        {
            AstBinaryOperator op;
            switch (Current.Kind)
            {
                case TokenKind.Star: op = AstBinaryOperator.Multiply; break;
                case TokenKind.Slash: op = AstBinaryOperator.Divide; break;
                case TokenKind.Percent: op = AstBinaryOperator.Modulo; break;
                default: return left;
            }

            Advance();
            left = new AstBinary(left.Position, op, left, ParsePower());
        }
    }

    private AstExpression ParsePower()
    {
        var left = ParseUnary();
        while (Try(TokenKind.Caret))
        {
            left = new AstBinary(left.Position, AstBinaryOperator.Power, left, ParseUnary());
        }

        return left;
    }

    private AstExpression ParseUnary()
    {
        var signs = new List<Token>();
        while (At(TokenKind.Plus) || At(TokenKind.Minus))
        {
            signs.Add(Advance());
        }

        AstExpression operand;
        if (signs.Count > 0 && signs[^1].Kind == TokenKind.Minus && (At(TokenKind.Integer) || At(TokenKind.Float)))
        {
            // A minus sign before a number literal is part of it: -9223372036854775808 is a valid integer.
            var sign = signs[^1];
            signs.RemoveAt(signs.Count - 1);
            operand = ParsePostfixTail(NumberLiteral(PositionOf(sign), negative: true), allowLabels: true);
        }
        else
        {
            operand = ParsePostfix(allowLabels: true);
        }

        for (var i = signs.Count - 1; i >= 0; i--)
        {
            var op = signs[i].Kind == TokenKind.Minus ? AstUnaryOperator.Negate : AstUnaryOperator.Plus;
            operand = new AstUnary(PositionOf(signs[i]), op, operand);
        }

        return operand;
    }

    private AstLiteral NumberLiteral(SourcePosition position, bool negative)
    {
        var token = Advance();
        if (token.Kind == TokenKind.Float)
        {
            var value = (double)token.Value!;
            return new AstLiteral(position, negative ? -value : value);
        }

        var magnitude = (BigInteger)token.Value!;
        if (magnitude > MaxMagnitude || (magnitude == MaxMagnitude && !negative))
        {
            var shown = (negative ? "-" : string.Empty) + TextOf(token);
            throw ErrorAt(token, $"Integer literal is too large: {shown}", SyntaxErrorDetails.IntegerOverflow);
        }

        return new AstLiteral(position, (long)(negative ? -magnitude : magnitude));
    }

    private AstExpression ParsePostfix(bool allowLabels) => ParsePostfixTail(ParseAtom(), allowLabels);

    private AstExpression ParsePostfixTail(AstExpression target, bool allowLabels)
    {
        while (true)
        {
            if (At(TokenKind.Dot))
            {
                Advance();
                target = new AstProperty(target.Position, target, ExpectName("a property key"));
            }
            else if (At(TokenKind.LeftBracket))
            {
                target = ParseIndexOrSlice(target);
            }
            else if (allowLabels && At(TokenKind.Colon))
            {
                Advance();
                target = new AstLabelPredicate(target.Position, target, ParseLabelOr(inExpression: true));
            }
            else
            {
                return target;
            }
        }
    }

    private AstExpression ParseIndexOrSlice(AstExpression target)
    {
        Advance();
        AstExpression result;
        if (Try(TokenKind.DotDot))
        {
            var to = At(TokenKind.RightBracket) ? null : ParseExpression();
            result = new AstSlice(target.Position, target, null, to);
        }
        else
        {
            var index = ParseExpression();
            if (Try(TokenKind.DotDot))
            {
                var to = At(TokenKind.RightBracket) ? null : ParseExpression();
                result = new AstSlice(target.Position, target, index, to);
            }
            else
            {
                result = new AstIndex(target.Position, target, index);
            }
        }

        Expect(TokenKind.RightBracket, "']'");
        return result;
    }
}
