using Graph.Engine.Ast;

namespace Graph.Engine.Parsing;

/// <summary>Expression forms with their own inner syntax: CASE, subqueries, list predicates, reduce.</summary>
internal sealed partial class StatementParser
{
    private AstCase ParseCase()
    {
        var start = Here;
        Advance();
        var subject = AtKeyword("WHEN") ? null : ParseExpression();
        var alternatives = new List<AstCaseAlternative>();
        while (TryKeyword("WHEN"))
        {
            var conditions = new List<AstExpression>();
            do
            {
                conditions.Add(subject is null ? ParsePredicate() : ParseCaseOperand(subject));
            }
            while (subject is not null && Try(TokenKind.Comma));

            ExpectKeyword("THEN");
            var then = ParseExpression();

            // Simple CASE may list several values per WHEN: each is its own alternative with the same result.
            alternatives.AddRange(conditions.Select(condition => new AstCaseAlternative(condition, then)));
        }

        if (alternatives.Count == 0)
        {
            throw Unexpected("WHEN");
        }

        var otherwise = TryKeyword("ELSE") ? ParseExpression() : null;
        ExpectKeyword("END");
        return new AstCase(start, subject, alternatives, otherwise);
    }

    /// <summary>A value of a simple CASE; the extended forms (<c>WHEN &gt; 5</c>, <c>WHEN IS NULL</c>) compare the subject otherwise than by equality, which the tree cannot say.</summary>
    private AstExpression ParseCaseOperand(AstExpression subject)
    {
        if (ComparisonOperator() is not null || At(TokenKind.RegexMatch) || At(TokenKind.ColonColon) || AtKeyword("IS")
            || AtKeyword("IN") || AtKeyword("CONTAINS") || (AtKeyword("STARTS") && AtKeywordAhead(1, "WITH"))
            || (AtKeyword("ENDS") && AtKeywordAhead(1, "WITH")))
        {
            Unsupported("extended simple CASE (WHEN followed by an operator)");
            if (ComparisonOperator() is not null)
            {
                Advance();
                return ParsePredicateChain();
            }

            return ParsePredicateSuffix(subject) ?? subject;
        }

        return ParseExpression();
    }

    private AstSubqueryExpression ParseSubqueryExpression(AstSubqueryKind kind)
    {
        var start = Here;
        Advance();
        Expect(TokenKind.LeftBrace, "'{'");
        AstQuery query;
        using (Nest())
        {
            if (AtClauseStart())
            {
                query = ParseQuery();
            }
            else
            {
                var matchStart = Here;
                var pattern = ParsePattern();
                SkipHints();
                var match = new AstMatch(matchStart, Optional: false, pattern, ParseWhere());
                query = new AstSingleQuery(matchStart, [match]);
            }
        }

        Expect(TokenKind.RightBrace, "'}'");
        return new AstSubqueryExpression(start, kind, query);
    }

    private bool AtQuantifier() =>
        AtAhead(1, TokenKind.LeftParen) && PeekToken(2).Kind is TokenKind.Identifier or TokenKind.EscapedIdentifier && AtKeywordAhead(3, "IN");

    private AstQuantifier ParseQuantifier(AstQuantifierKind kind)
    {
        var start = Here;
        _pos += 2;
        var variable = ExpectName("a variable name");
        ExpectKeyword("IN");
        var list = ParseExpression();
        var where = TryKeyword("WHERE") ? ParsePredicate() : null;
        Expect(TokenKind.RightParen, where is null ? "WHERE or ')'" : "')'");
        return new AstQuantifier(start, kind, variable, list, where);
    }

    /// <summary>
    /// <c>trim([BOTH|LEADING|TRAILING] [chars] FROM s)</c> as the function it means: trim/btrim, ltrim or rtrim,
    /// with the characters as second argument. Plain <c>trim(s)</c> is an ordinary call.
    /// </summary>
    private AstFunctionCall ParseTrim()
    {
        var start = Here;
        _pos += 2;
        string? side = null;
        if ((AtKeyword("BOTH") || AtKeyword("LEADING") || AtKeyword("TRAILING"))
            && PeekToken(1).Kind is not (TokenKind.RightParen or TokenKind.Comma or TokenKind.Dot or TokenKind.LeftBracket))
        {
            side = Advance().Name.ToUpperInvariant();
        }

        AstExpression? characters = null;
        AstExpression source;
        if (side is not null && TryKeyword("FROM"))
        {
            source = ParseExpression();
        }
        else
        {
            var first = ParseExpression();
            if (TryKeyword("FROM"))
            {
                characters = first;
                source = ParseExpression();
            }
            else if (side is null)
            {
                source = first;
            }
            else
            {
                throw Unexpected("FROM");
            }
        }

        Expect(TokenKind.RightParen, "')'");
        var name = side switch
        {
            "LEADING" => "ltrim",
            "TRAILING" => "rtrim",
            _ => characters is null ? "trim" : "btrim",
        };
        return new AstFunctionCall(start, name, false, characters is null ? [source] : [source, characters]);
    }

    /// <summary><c>normalize(s[, NFC|NFD|NFKC|NFKD])</c>; the form becomes a string argument.</summary>
    private AstFunctionCall ParseNormalize()
    {
        var start = Here;
        var name = Advance().Name;
        Advance();
        var arguments = new List<AstExpression> { ParseExpression() };
        if (Try(TokenKind.Comma))
        {
            var formStart = Here;
            if (!(AtKeyword("NFC") || AtKeyword("NFD") || AtKeyword("NFKC") || AtKeyword("NFKD")))
            {
                throw Unexpected("NFC, NFD, NFKC or NFKD");
            }

            arguments.Add(new AstLiteral(formStart, Advance().Name.ToUpperInvariant()));
        }

        Expect(TokenKind.RightParen, "')'");
        return new AstFunctionCall(start, name, false, arguments);
    }

    private AstReduce ParseReduce()
    {
        var start = Here;
        _pos += 2;
        var accumulator = ExpectName("an accumulator name");
        Expect(TokenKind.Equal, "'='");
        var initial = ParseExpression();
        Expect(TokenKind.Comma, "','");
        var variable = ExpectName("a variable name");
        ExpectKeyword("IN");
        var list = ParseExpressionBeforePipe();
        Expect(TokenKind.Pipe, "'|'");
        var expression = ParseExpression();
        Expect(TokenKind.RightParen, "')'");
        return new AstReduce(start, accumulator, initial, variable, list, expression);
    }
}
