using Graph.Engine.Ast;

namespace Graph.Engine.Parsing;

internal sealed partial class StatementParser
{
    private List<AstSetItem> ParseSetItems()
    {
        var items = new List<AstSetItem> { ParseSetItem() };
        while (Try(TokenKind.Comma))
        {
            items.Add(ParseSetItem());
        }

        return items;
    }

    private AstSetItem ParseSetItem()
    {
        var start = Here;
        if (AtLabelAssignment())
        {
            var target = new AstVariable(start, Advance().Name);
            return new AstSetLabels(start, target, ParseLabelList());
        }

        var targetStart = Current;
        var lhs = ParsePostfix(allowLabels: false);
        if (Try(TokenKind.Equal))
        {
            var value = ParseExpression();
            return lhs switch
            {
                AstProperty property => new AstSetProperty(start, property, value),
                AstIndex => UnsupportedSetItem(start, lhs, value),
                AstVariable => new AstSetProperties(start, lhs, value, Merge: false),
                _ => throw ErrorAt(targetStart, "Invalid SET target: expected a property (n.key) or a variable"),
            };
        }

        if (Try(TokenKind.PlusEqual))
        {
            if (lhs is not AstVariable)
            {
                throw ErrorAt(targetStart, "Invalid SET target: '+=' needs a variable");
            }

            return new AstSetProperties(start, lhs, ParseExpression(), Merge: true);
        }

        throw Unexpected("'=', '+=' or ':'");
    }

    private AstSetProperties UnsupportedSetItem(SourcePosition start, AstExpression target, AstExpression value)
    {
        Unsupported("dynamic property keys (SET n[key] = …)");
        return new AstSetProperties(start, target, value, Merge: false);
    }

    /// <summary><c>n:A:B</c> or <c>n IS A</c> in SET/REMOVE: a variable followed by label names.</summary>
    private bool AtLabelAssignment() =>
        AtName && (AtAhead(1, TokenKind.Colon) || (AtKeywordAhead(1, "IS") && PeekToken(2).Kind is TokenKind.Identifier or TokenKind.EscapedIdentifier));

    private List<string> ParseLabelList()
    {
        var labels = new List<string>();
        if (TryKeyword("IS"))
        {
            labels.Add(ParseLabelName());
        }

        while (Try(TokenKind.Colon))
        {
            labels.Add(ParseLabelName());
        }

        return labels;
    }

    private string ParseLabelName()
    {
        if (AtDynamicName())
        {
            SkipDynamicName();
            return string.Empty;
        }

        return ExpectName("a label name");
    }

    private AstRemove ParseRemove(SourcePosition start)
    {
        var items = new List<AstRemoveItem>();
        do
        {
            var itemStart = Here;
            if (AtLabelAssignment())
            {
                var target = new AstVariable(itemStart, Advance().Name);
                items.Add(new AstRemoveLabels(itemStart, target, ParseLabelList()));
                continue;
            }

            var targetToken = Current;
            var expression = ParsePostfix(allowLabels: false);
            switch (expression)
            {
                case AstProperty property:
                    items.Add(new AstRemoveProperty(itemStart, property));
                    break;
                case AstIndex index:
                    Unsupported("dynamic property keys (REMOVE n[key])");
                    items.Add(new AstRemoveProperty(itemStart, new AstProperty(itemStart, index.Target, string.Empty)));
                    break;
                default:
                    throw ErrorAt(targetToken, "Invalid REMOVE item: expected a property (n.key) or labels (n:Label)");
            }
        }
        while (Try(TokenKind.Comma));

        return new AstRemove(start, items);
    }

    private AstClause ParseCall(SourcePosition start)
    {
        if (At(TokenKind.LeftBrace) || At(TokenKind.LeftParen))
        {
            return ParseCallSubquery(start);
        }

        var name = ParseQualifiedName();
        List<AstExpression>? arguments = null;
        if (Try(TokenKind.LeftParen))
        {
            arguments = [];
            if (!At(TokenKind.RightParen))
            {
                arguments.AddRange(ParseExpressionList());
            }

            Expect(TokenKind.RightParen, "',' or ')'");
        }

        if (!TryKeyword("YIELD"))
        {
            return new AstCallProcedure(start, name, arguments, null, YieldAll: false, Where: null);
        }

        if (Try(TokenKind.Star))
        {
            return new AstCallProcedure(start, name, arguments, null, YieldAll: true, Where: null);
        }

        var yield = new List<AstYieldItem>();
        do
        {
            var itemStart = Here;
            var field = ExpectName("a procedure output name");
            var alias = TryKeyword("AS") ? ExpectName("a variable name") : null;
            yield.Add(new AstYieldItem(itemStart, field, alias));
        }
        while (Try(TokenKind.Comma));

        return new AstCallProcedure(start, name, arguments, yield, YieldAll: false, ParseWhere());
    }

    private string ParseQualifiedName()
    {
        var name = ExpectName("a procedure name");
        while (Try(TokenKind.Dot))
        {
            name += "." + ExpectName("a name");
        }

        return name;
    }

    private AstCallSubquery ParseCallSubquery(SourcePosition start)
    {
        List<string>? imported = null;
        var importAll = false;
        if (Try(TokenKind.LeftParen))
        {
            imported = [];
            if (Try(TokenKind.Star))
            {
                importAll = true;
            }
            else if (!At(TokenKind.RightParen))
            {
                imported.AddRange(ParseNameList());
            }

            Expect(TokenKind.RightParen, "')'");
        }

        Expect(TokenKind.LeftBrace, "'{'");
        AstQuery query;
        using (Nest())
        {
            query = ParseQuery();
        }

        Expect(TokenKind.RightBrace, "'}'");
        var inTransactions = ParseInTransactions();
        return new AstCallSubquery(start, query, importAll ? null : imported, importAll, inTransactions);
    }

    /// <summary>
    /// <c>IN [n CONCURRENT] TRANSACTIONS [OF n ROWS] [ON ERROR …] [REPORT STATUS AS v]</c>. Batch size and concurrency
    /// do not change results; error modes other than FAIL and status reports do, so those are refused.
    /// </summary>
    private bool ParseInTransactions()
    {
        if (!AtKeyword("IN"))
        {
            return false;
        }

        Advance();
        if (!AtKeyword("TRANSACTIONS") && !AtKeyword("CONCURRENT"))
        {
            ParseExpression();
        }

        TryKeyword("CONCURRENT");
        ExpectKeyword("TRANSACTIONS");
        while (true)
        {
            if (TryKeyword("OF"))
            {
                ParseExpression();
                if (!TryKeyword("ROWS"))
                {
                    ExpectKeyword("ROW");
                }
            }
            else if (TryKeywords("ON", "ERROR"))
            {
                if (!TryKeyword("FAIL"))
                {
                    Unsupported("CALL { … } IN TRANSACTIONS ON ERROR other than FAIL");
                    ExpectName("CONTINUE, BREAK, FAIL or RETRY");
                    SkipRetryOptions();
                }
            }
            else if (TryKeywords("REPORT", "STATUS"))
            {
                Unsupported("CALL { … } IN TRANSACTIONS REPORT STATUS");
                ExpectKeyword("AS");
                ExpectName("a variable name");
            }
            else
            {
                return true;
            }
        }
    }

    private void SkipRetryOptions()
    {
        if (TryKeyword("FOR"))
        {
            ParseExpression();
            if (!TryKeyword("SECONDS"))
            {
                ExpectKeyword("SECOND");
            }
        }

        if (TryKeyword("THEN"))
        {
            ExpectName("CONTINUE, BREAK or FAIL");
        }
    }
}
