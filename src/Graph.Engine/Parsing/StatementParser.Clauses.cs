using Graph.Engine.Ast;

namespace Graph.Engine.Parsing;

internal sealed partial class StatementParser
{
    private AstClause ParseClause()
    {
        var outer = _unsupported;
        _unsupported = null;
        var start = Here;
        try
        {
            var clause = ParseClauseBody();
            return _unsupported is { } feature ? new AstUnsupportedClause(start, feature) : clause;
        }
        finally
        {
            _unsupported = outer;
        }
    }

    private AstClause ParseClauseBody()
    {
        var start = Here;
        var keyword = Advance();
        switch (keyword.Name.ToUpperInvariant())
        {
            case "MATCH":
                return ParseMatch(start, optional: false);
            case "OPTIONAL":
                if (AtKeyword("CALL"))
                {
                    Unsupported("OPTIONAL CALL");
                    Advance();
                    return ParseCall(start);
                }

                ExpectKeyword("MATCH");
                return ParseMatch(start, optional: true);
            case "WITH":
                var projection = ParseProjection(start);
                return new AstWith(start, projection, ParseWhere());
            case "RETURN":
                return new AstReturn(start, ParseProjection(start));
            case "UNWIND":
                var list = ParseExpression();
                ExpectKeyword("AS");
                return new AstUnwind(start, list, ExpectName("a variable name"));
            case "CALL":
                return ParseCall(start);
            case "CREATE":
            case "INSERT":
                // GQL's INSERT is CREATE (its label conjunction A&B is the same tree as :A:B).
                return new AstCreate(start, ParsePattern());
            case "ORDER":
            case "SKIP":
            case "OFFSET":
            case "LIMIT":
                // A standalone ORDER BY / SKIP / LIMIT clause means WITH * with that ordering and paging.
                _pos--;
                var paging = ParseProjectionTail(start, distinct: false, includeExisting: true, []);
                return new AstWith(start, paging, Where: null);
            case "MERGE":
                return ParseMerge(start);
            case "SET":
                return new AstSet(start, ParseSetItems());
            case "REMOVE":
                return ParseRemove(start);
            case "DELETE":
                return new AstDelete(start, ParseExpressionList(), Detach: false);
            case "DETACH":
            case "NODETACH":
                ExpectKeyword("DELETE");
                return new AstDelete(start, ParseExpressionList(), Detach: IsKeyword(keyword, "DETACH"));
            case "FOREACH":
                return ParseForeach(start);
            case "LOAD":
                return ParseLoadCsv(start);
            case "USE":
                TryKeyword("GRAPH");
                ParseExpression();
                return new AstUnsupportedClause(start, "USE");
            case "FINISH":
                return new AstUnsupportedClause(start, "FINISH");
            default:
                throw ErrorAt(keyword, $"Invalid input '{TextOf(keyword)}': expected a clause");
        }
    }

    private AstMatch ParseMatch(SourcePosition start, bool optional)
    {
        if (AtKeyword("REPEATABLE") || (AtKeyword("DIFFERENT") && (AtKeywordAhead(1, "RELATIONSHIPS") || AtKeywordAhead(1, "RELATIONSHIP"))))
        {
            Unsupported("match modes (REPEATABLE ELEMENTS / DIFFERENT RELATIONSHIPS)");
            _pos += 2;
        }

        var pattern = ParsePattern();
        SkipHints();
        return new AstMatch(start, optional, pattern, ParseWhere());
    }

    /// <summary><c>USING INDEX n:L(p)</c>, <c>USING SCAN n:L</c>, <c>USING JOIN ON n</c>: planner hints, which never change results.</summary>
    private void SkipHints()
    {
        while (TryKeyword("USING"))
        {
            if (TryKeyword("JOIN"))
            {
                ExpectKeyword("ON");
                ParseNameList();
                continue;
            }

            if (TryKeyword("SCAN"))
            {
                ExpectName("a variable name");
                ParseLabelExpression();
                continue;
            }

            if (AtKeyword("RANGE") || AtKeyword("TEXT") || AtKeyword("POINT"))
            {
                Advance();
            }

            ExpectKeyword("INDEX");
            TryKeyword("SEEK");
            ExpectName("a variable name");
            ParseLabelExpression();
            Expect(TokenKind.LeftParen, "'('");
            ParseNameList();
            Expect(TokenKind.RightParen, "')'");
        }
    }

    private List<string> ParseNameList()
    {
        var names = new List<string> { ExpectName("a name") };
        while (Try(TokenKind.Comma))
        {
            names.Add(ExpectName("a name"));
        }

        return names;
    }

    private AstExpression? ParseWhere() => TryKeyword("WHERE") ? ParsePredicate() : null;

    private AstProjection ParseProjection(SourcePosition start)
    {
        var distinct = TryKeyword("DISTINCT");
        var includeExisting = Try(TokenKind.Star);
        var items = new List<AstProjectionItem>();
        if (!includeExisting || Try(TokenKind.Comma))
        {
            do
            {
                items.Add(ParseProjectionItem());
            }
            while (Try(TokenKind.Comma));
        }

        return ParseProjectionTail(start, distinct, includeExisting, items);
    }

    /// <summary>ORDER BY, SKIP (or OFFSET) and LIMIT after projection items.</summary>
    private AstProjection ParseProjectionTail(SourcePosition start, bool distinct, bool includeExisting, List<AstProjectionItem> items)
    {
        var orderBy = new List<AstSortItem>();
        if (TryKeywords("ORDER", "BY"))
        {
            do
            {
                var itemStart = Here;
                var key = ParseExpression();
                var descending = TryKeyword("DESC") || TryKeyword("DESCENDING");
                if (!descending && !TryKeyword("ASC"))
                {
                    TryKeyword("ASCENDING");
                }

                orderBy.Add(new AstSortItem(itemStart, key, descending));
            }
            while (Try(TokenKind.Comma));
        }

        var skip = TryKeyword("SKIP") || TryKeyword("OFFSET") ? ParseExpression() : null;
        var limit = TryKeyword("LIMIT") ? ParseExpression() : null;
        return new AstProjection(start, distinct, includeExisting, items, orderBy, skip, limit);
    }

    private AstProjectionItem ParseProjectionItem()
    {
        var start = Here;
        var first = _pos;
        var expression = ParseExpression();
        var text = SourceSince(first);
        var alias = TryKeyword("AS") ? ExpectName("a variable name") : null;
        return new AstProjectionItem(start, expression, alias, text);
    }

    private List<AstExpression> ParseExpressionList()
    {
        var list = new List<AstExpression> { ParseExpression() };
        while (Try(TokenKind.Comma))
        {
            list.Add(ParseExpression());
        }

        return list;
    }

    private AstMerge ParseMerge(SourcePosition start)
    {
        var part = ParsePatternPart();
        var onCreate = new List<AstSetItem>();
        var onMatch = new List<AstSetItem>();
        while (AtKeyword("ON"))
        {
            Advance();
            var target = TryKeyword("CREATE") ? onCreate : TryKeyword("MATCH") ? onMatch : throw Unexpected("CREATE or MATCH");
            ExpectKeyword("SET");
            target.AddRange(ParseSetItems());
        }

        return new AstMerge(start, part, onCreate, onMatch);
    }

    private AstForeach ParseForeach(SourcePosition start)
    {
        Expect(TokenKind.LeftParen, "'('");
        var variable = ExpectName("a variable name");
        ExpectKeyword("IN");
        var list = ParseExpressionBeforePipe();
        Expect(TokenKind.Pipe, "'|'");
        var clauses = new List<AstClause>();
        do
        {
            if (!AtUpdateClauseStart())
            {
                throw Unexpected("an updating clause (CREATE, MERGE, SET, REMOVE, DELETE, FOREACH)");
            }

            clauses.Add(ParseClause());
        }
        while (!At(TokenKind.RightParen));

        Advance();
        return new AstForeach(start, variable, list, clauses);
    }

    private bool AtUpdateClauseStart() =>
        AtKeyword("CREATE") || AtKeyword("MERGE") || AtKeyword("SET") || AtKeyword("REMOVE") || AtKeyword("DELETE")
        || AtKeyword("FOREACH") || ((AtKeyword("DETACH") || AtKeyword("NODETACH")) && AtKeywordAhead(1, "DELETE"));

    private AstUnsupportedClause ParseLoadCsv(SourcePosition start)
    {
        ExpectKeyword("CSV");
        if (TryKeyword("WITH"))
        {
            ExpectKeyword("HEADERS");
        }

        ExpectKeyword("FROM");
        ParseExpression();
        ExpectKeyword("AS");
        ExpectName("a variable name");
        if (TryKeyword("FIELDTERMINATOR"))
        {
            Expect(TokenKind.String, "a string");
        }

        return new AstUnsupportedClause(start, "LOAD CSV");
    }
}
