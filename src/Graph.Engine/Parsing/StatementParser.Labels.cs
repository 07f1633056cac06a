using Graph.Engine.Ast;

namespace Graph.Engine.Parsing;

/// <summary>Label expressions: <c>:A:B</c> and <c>:A&amp;B</c> (both), <c>:A|B</c> and <c>:A|:B</c> (either), <c>:!A</c>, <c>:%</c>, <c>:(A|B)&amp;C</c>, <c>IS A</c>.</summary>
internal sealed partial class StatementParser
{
    private AstLabelExpression ParseLabelExpression()
    {
        if (!Try(TokenKind.Colon))
        {
            ExpectKeyword("IS");
        }

        return ParseLabelOr(inExpression: false);
    }

    private AstLabelExpression ParseLabelOr(bool inExpression)
    {
        var left = ParseLabelAnd();
        while (At(TokenKind.Pipe) && !(inExpression && _depth == _pipeEndsAtDepth && !PipeContinuesLabels()))
        {
            Advance();
            Try(TokenKind.Colon);
            left = new AstLabelOr(left.Position, left, ParseLabelAnd());
        }

        return left;
    }

    /// <summary>
    /// Where '|' may also end a comprehension's predicate, it continues the label expression when it is followed by ':'
    /// or by a label expression that runs up to the closing ']' — as in Neo4j, whose parser takes the longer reading:
    /// <c>[x IN l WHERE x:A | x.name]</c> projects, <c>[x IN l WHERE x:A | B]</c> tests for A or B.
    /// </summary>
    private bool PipeContinuesLabels()
    {
        if (AtAhead(1, TokenKind.Colon))
        {
            return true;
        }

        var depth = 0;
        for (var i = _pos + 1; i < _tokens.Count; i++)
        {
            switch (_tokens[i].Kind)
            {
                case TokenKind.Identifier or TokenKind.EscapedIdentifier or TokenKind.Bang or TokenKind.Percent or TokenKind.Ampersand
                    or TokenKind.Colon or TokenKind.Pipe:
                    continue;
                case TokenKind.LeftParen:
                    depth++;
                    continue;
                case TokenKind.RightParen when depth > 0:
                    depth--;
                    continue;
                default:
                    return depth == 0 && _tokens[i].Kind == TokenKind.RightBracket && i > _pos + 1;
            }
        }

        return false;
    }

    private AstLabelExpression ParseLabelAnd()
    {
        var left = ParseLabelNot();
        while (At(TokenKind.Ampersand) || At(TokenKind.Colon))
        {
            Advance();
            left = new AstLabelAnd(left.Position, left, ParseLabelNot());
        }

        return left;
    }

    private AstLabelExpression ParseLabelNot()
    {
        var nots = new List<SourcePosition>();
        while (At(TokenKind.Bang))
        {
            nots.Add(Here);
            Advance();
        }

        var operand = ParseLabelAtom();
        for (var i = nots.Count - 1; i >= 0; i--)
        {
            operand = new AstLabelNot(nots[i], operand);
        }

        return operand;
    }

    private AstLabelExpression ParseLabelAtom()
    {
        var start = Here;
        if (Try(TokenKind.Percent))
        {
            return new AstLabelWildcard(start);
        }

        if (At(TokenKind.LeftParen))
        {
            using (Nest())
            {
                Advance();
                var inner = ParseLabelOr(inExpression: false);
                Expect(TokenKind.RightParen, "')'");
                return inner;
            }
        }

        if (AtDynamicName())
        {
            SkipDynamicName();
            return new AstLabelName(start, string.Empty);
        }

        return new AstLabelName(start, ExpectName("a label or type name"));
    }

    /// <summary><c>$(expr)</c>, <c>$any(expr)</c>, <c>$all(expr)</c>: labels and types computed at run time.</summary>
    private bool AtDynamicName() =>
        (At(TokenKind.Dollar) || At(TokenKind.Parameter)) && AtAhead(1, TokenKind.LeftParen);

    private void SkipDynamicName()
    {
        Unsupported("dynamic labels and types ($(…))");
        Advance();
        Expect(TokenKind.LeftParen, "'('");
        ParseExpression();
        Expect(TokenKind.RightParen, "')'");
    }
}
