using Graph.Engine.Ast;

namespace Graph.Engine.Parsing;

internal sealed partial class StatementParser
{
    private static readonly string[] AdministrationCommands =
    [
        "ALTER", "GRANT", "DENY", "REVOKE", "START", "STOP", "TERMINATE", "ENABLE", "DEALLOCATE", "REALLOCATE", "DRYRUN",
    ];

    public AstStatement ParseStatement()
    {
        var start = Here;
        SkipCypherOptions();
        var prefix = AstQueryPrefix.None;
        if (TryKeyword("EXPLAIN"))
        {
            prefix = AstQueryPrefix.Explain;
        }
        else if (TryKeyword("PROFILE"))
        {
            prefix = AstQueryPrefix.Profile;
        }

        SkipCypherOptions();
        var statement = ParseStatementBody(start, prefix);
        Try(TokenKind.Semicolon);
        if (!At(TokenKind.EndOfInput))
        {
            throw Unexpected("end of input");
        }

        ValidatePatternExpressions();
        return statement;
    }

    private AstStatement ParseStatementBody(SourcePosition start, AstQueryPrefix prefix)
    {
        if (AtKeyword("CREATE") && AtSchemaCreate())
        {
            return ParseCreateSchema();
        }

        if (AtKeyword("DROP"))
        {
            return ParseDrop();
        }

        if (AtKeyword("SHOW"))
        {
            return ParseShow();
        }

        foreach (var command in AdministrationCommands)
        {
            if (AtKeyword(command))
            {
                return UnsupportedStatement($"{command.ToUpperInvariant()} (administration command)");
            }
        }

        return new AstQueryStatement(start, ParseQuery(), prefix);
    }

    /// <summary>Valid statements the engine has no use for: their remaining tokens are skipped without checking.</summary>
    private AstQueryStatement UnsupportedStatement(string feature)
    {
        var start = Here;
        while (!At(TokenKind.EndOfInput) && !(At(TokenKind.Semicolon) && AtAhead(1, TokenKind.EndOfInput)))
        {
            Advance();
        }

        var clause = new AstUnsupportedClause(start, feature);
        return new AstQueryStatement(start, new AstSingleQuery(start, [clause]), AstQueryPrefix.None);
    }

    /// <summary><c>CYPHER 5 runtime=slotted</c>: options that choose how Neo4j plans, with no effect on results here.</summary>
    private void SkipCypherOptions()
    {
        if (!AtKeyword("CYPHER") || AtAhead(1, TokenKind.Equal))
        {
            return;
        }

        Advance();
        Try(TokenKind.Integer);
        Try(TokenKind.Float);
        while (AtName && AtAhead(1, TokenKind.Equal))
        {
            _pos += 2;
            if (!AtName && !At(TokenKind.Integer) && !At(TokenKind.String))
            {
                throw Unexpected("an option value");
            }

            Advance();
        }
    }

    private AstQuery ParseQuery()
    {
        var start = Here;
        var first = ParseSingleQuery();
        if (!AtKeyword("UNION"))
        {
            return first;
        }

        var parts = new List<AstSingleQuery> { first };
        var all = new List<bool>();
        while (TryKeyword("UNION"))
        {
            var isAll = TryKeyword("ALL");
            if (!isAll)
            {
                TryKeyword("DISTINCT");
            }

            all.Add(isAll);
            parts.Add(ParseSingleQuery());
        }

        return new AstUnionQuery(start, parts, all);
    }

    private AstSingleQuery ParseSingleQuery()
    {
        var start = Here;
        var clauses = new List<AstClause>();
        while (AtClauseStart())
        {
            clauses.Add(ParseClause());
        }

        if (clauses.Count == 0)
        {
            throw Unexpected("a clause (MATCH, RETURN, WITH, CREATE, …)");
        }

        if (!At(TokenKind.EndOfInput) && !At(TokenKind.Semicolon) && !At(TokenKind.RightBrace) && !AtKeyword("UNION"))
        {
            throw Unexpected("a clause, UNION or end of input");
        }

        if (clauses.Count > 1 && clauses.OfType<AstCallProcedure>().FirstOrDefault(c => c.YieldAll) is { } yieldAll)
        {
            throw _map.Error(yieldAll.Position.Offset, "YIELD * can only be used with a standalone procedure call");
        }

        return new AstSingleQuery(start, clauses);
    }

    private bool AtClauseStart()
    {
        if (Current.Kind != TokenKind.Identifier || !KeywordFacts.IsClauseKeyword(Current.Name) || AtKeyword("UNION"))
        {
            return false;
        }

        // "LOAD" only begins LOAD CSV; "DETACH"/"NODETACH" only begin DETACH DELETE; "ORDER" only ORDER BY.
        return (!AtKeyword("LOAD") || AtKeywordAhead(1, "CSV"))
            && (!(AtKeyword("DETACH") || AtKeyword("NODETACH")) || AtKeywordAhead(1, "DELETE"))
            && (!AtKeyword("ORDER") || AtKeywordAhead(1, "BY"));
    }
}
