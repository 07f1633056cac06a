using Graph.Engine.Ast;

namespace Graph.Engine.Parsing;

/// <summary>Schema commands: CREATE/DROP INDEX, CREATE/DROP CONSTRAINT, SHOW INDEXES/CONSTRAINTS.</summary>
internal sealed partial class StatementParser
{
    private static readonly string[] IndexKindWords = ["RANGE", "TEXT", "POINT", "FULLTEXT", "LOOKUP", "VECTOR", "BTREE"];

    /// <summary>CREATE followed by a word that is not a path variable (<c>CREATE p = (…)</c>) starts a command, not a clause.</summary>
    private bool AtSchemaCreate() => PeekToken(1).Kind == TokenKind.Identifier && !AtAhead(2, TokenKind.Equal);

    private AstStatement ParseCreateSchema()
    {
        var start = Here;
        if (AtKeywordAhead(1, "CONSTRAINT"))
        {
            _pos += 2;
            return ParseCreateConstraint(start);
        }

        if (AtKeywordAhead(1, "INDEX") || (IndexKindWords.Any(w => AtKeywordAhead(1, w)) && AtKeywordAhead(2, "INDEX")))
        {
            Advance();
            return ParseCreateIndex(start);
        }

        var what = TextOf(PeekToken(1)).ToUpperInvariant();
        return UnsupportedStatement($"CREATE {what} (administration command)");
    }

    private AstStatement ParseCreateIndex(SourcePosition start)
    {
        var kind = AstIndexKind.Range;
        if (!AtKeyword("INDEX"))
        {
            var word = Advance();
            switch (word.Name.ToUpperInvariant())
            {
                case "TEXT": kind = AstIndexKind.Text; break;
                case "POINT": kind = AstIndexKind.Point; break;
                case "FULLTEXT": kind = AstIndexKind.Fulltext; break;
                case "LOOKUP": kind = AstIndexKind.Lookup; break;
                case "VECTOR": return UnsupportedStatement("CREATE VECTOR INDEX");
                case "BTREE": throw ErrorAt(word, "Invalid input 'BTREE': BTREE indexes were removed in Neo4j 5; use RANGE");
            }
        }

        ExpectKeyword("INDEX");
        var (name, ifNotExists) = ParseSchemaName();
        ExpectKeyword("FOR");
        var (entity, variable, labels) = ParseSchemaPattern(allowNoLabel: kind == AstIndexKind.Lookup, allowAlternatives: kind == AstIndexKind.Fulltext);
        ExpectKeyword("ON");
        var properties = new List<string>();
        if (kind == AstIndexKind.Lookup)
        {
            ExpectKeyword("EACH");
            ExpectName(entity == AstSchemaEntityKind.Node ? "labels" : "type");
            Expect(TokenKind.LeftParen, "'('");
            ExpectName("a variable name");
            Expect(TokenKind.RightParen, "')'");
        }
        else if (kind == AstIndexKind.Fulltext)
        {
            ExpectKeyword("EACH");
            Expect(TokenKind.LeftBracket, "'['");
            properties.AddRange(ParsePropertyReferences(TokenKind.RightBracket, "']'"));
        }
        else
        {
            Expect(TokenKind.LeftParen, "'('");
            properties.AddRange(ParsePropertyReferences(TokenKind.RightParen, "')'"));
        }

        var options = ParseSchemaOptions();
        return new AstCreateIndex(start, name, kind, ifNotExists, entity, variable, labels, properties, options);
    }

    private (string? Name, bool IfNotExists) ParseSchemaName()
    {
        RejectNeo4j4SchemaSyntax();
        string? name = null;
        if (AtName && !AtKeyword("FOR") && !(AtKeyword("IF") && AtKeywordAhead(1, "NOT")))
        {
            name = Advance().Name;
        }

        var ifNotExists = false;
        if (TryKeyword("IF"))
        {
            ExpectKeyword("NOT");
            ExpectKeyword("EXISTS");
            ifNotExists = true;
        }

        return (name, ifNotExists);
    }

    /// <summary><c>INDEX ON :Label(prop)</c> and <c>CONSTRAINT ON (n:L) ASSERT …</c> were removed in Neo4j 5; say so.</summary>
    private void RejectNeo4j4SchemaSyntax()
    {
        if (AtKeyword("ON") && PeekToken(1).Kind is TokenKind.Colon or TokenKind.LeftParen)
        {
            throw ErrorAt(Current, "Invalid input 'ON': this Neo4j 4 schema syntax was removed in Neo4j 5; write e.g. "
                + "CREATE INDEX name FOR (n:Label) ON (n.prop), CREATE CONSTRAINT name FOR (n:Label) REQUIRE n.prop IS UNIQUE, DROP INDEX name");
        }
    }

    /// <summary><c>(n:L)</c>, <c>(n:A|B)</c>, <c>()-[r:T]-()</c> (either direction) in a schema command.</summary>
    private (AstSchemaEntityKind Entity, string Variable, List<string> Labels) ParseSchemaPattern(bool allowNoLabel, bool allowAlternatives)
    {
        Expect(TokenKind.LeftParen, "'('");
        if (Try(TokenKind.RightParen))
        {
            Try(TokenKind.Less);
            Expect(TokenKind.Minus, "'-'");
            Expect(TokenKind.LeftBracket, "'['");
            var relationship = ExpectName("a variable name");
            var types = ParseSchemaLabels(allowNoLabel, allowAlternatives);
            Expect(TokenKind.RightBracket, "']'");
            Expect(TokenKind.Minus, "'-'");
            Try(TokenKind.Greater);
            Expect(TokenKind.LeftParen, "'('");
            Expect(TokenKind.RightParen, "')'");
            return (AstSchemaEntityKind.Relationship, relationship, types);
        }

        var variable = ExpectName("a variable name");
        var labels = ParseSchemaLabels(allowNoLabel, allowAlternatives);
        Expect(TokenKind.RightParen, "')'");
        return (AstSchemaEntityKind.Node, variable, labels);
    }

    private List<string> ParseSchemaLabels(bool allowNoLabel, bool allowAlternatives)
    {
        var labels = new List<string>();
        if (allowNoLabel && !At(TokenKind.Colon))
        {
            return labels;
        }

        Expect(TokenKind.Colon, "':'");
        labels.Add(ExpectName("a label or type name"));
        while (allowAlternatives && Try(TokenKind.Pipe))
        {
            labels.Add(ExpectName("a label or type name"));
        }

        return labels;
    }

    private List<string> ParsePropertyReferences(TokenKind close, string closeText)
    {
        var properties = new List<string>();
        do
        {
            ExpectName("a variable name");
            Expect(TokenKind.Dot, "'.'");
            properties.Add(ExpectName("a property key"));
        }
        while (Try(TokenKind.Comma));

        Expect(close, $"',' or {closeText}");
        return properties;
    }

    private AstExpression? ParseSchemaOptions()
    {
        if (!TryKeyword("OPTIONS"))
        {
            return null;
        }

        return At(TokenKind.Parameter) ? ParseAtom() : ParseMapLiteral();
    }

    private AstCreateConstraint ParseCreateConstraint(SourcePosition start)
    {
        var (name, ifNotExists) = ParseSchemaName();
        ExpectKeyword("FOR");
        var (entity, variable, labels) = ParseSchemaPattern(allowNoLabel: false, allowAlternatives: false);
        ExpectKeyword("REQUIRE");
        List<string> properties;
        if (Try(TokenKind.LeftParen))
        {
            properties = ParsePropertyReferences(TokenKind.RightParen, "')'");
        }
        else
        {
            ExpectName("a variable name");
            Expect(TokenKind.Dot, "'.'");
            properties = [ExpectName("a property key")];
        }

        ExpectKeyword("IS");
        AstConstraintKind kind;
        string? propertyType = null;
        if (TryKeyword("NOT"))
        {
            ExpectKeyword("NULL");
            kind = AstConstraintKind.NotNull;
        }
        else if (Try(TokenKind.ColonColon) || TryKeyword("TYPED"))
        {
            kind = AstConstraintKind.PropertyType;
            propertyType = SkipTypeName();
        }
        else
        {
            if (!TryKeyword("NODE") && !TryKeyword("REL"))
            {
                TryKeyword("RELATIONSHIP");
            }

            kind = TryKeyword("UNIQUE") ? AstConstraintKind.Unique
                : TryKeyword("KEY") ? AstConstraintKind.NodeKey
                : throw Unexpected("UNIQUE, KEY, NOT NULL or :: TYPE");
        }

        ParseSchemaOptions();
        return new AstCreateConstraint(start, name, kind, ifNotExists, entity, variable, labels[0], properties, propertyType);
    }

    private AstStatement ParseDrop()
    {
        var start = Here;
        var isConstraint = AtKeywordAhead(1, "CONSTRAINT");
        if (!isConstraint && !AtKeywordAhead(1, "INDEX"))
        {
            return UnsupportedStatement($"DROP {TextOf(PeekToken(1)).ToUpperInvariant()} (administration command)");
        }

        _pos += 2;
        RejectNeo4j4SchemaSyntax();
        var name = ExpectName(isConstraint ? "a constraint name" : "an index name");
        var ifExists = false;
        if (TryKeyword("IF"))
        {
            ExpectKeyword("EXISTS");
            ifExists = true;
        }

        return new AstDropSchemaRule(start, isConstraint, name, ifExists);
    }

    private AstStatement ParseShow()
    {
        var start = Here;
        Advance();
        var filterStart = _pos;
        while (AtName && !AtKeyword("INDEX") && !AtKeyword("INDEXES") && !AtKeyword("CONSTRAINT") && !AtKeyword("CONSTRAINTS")
            && _pos - filterStart < 3)
        {
            Advance();
        }

        var constraints = AtKeyword("CONSTRAINT") || AtKeyword("CONSTRAINTS");
        if (!constraints && !AtKeyword("INDEX") && !AtKeyword("INDEXES"))
        {
            _pos = filterStart;
            return UnsupportedStatement($"SHOW {TextOf(Current).ToUpperInvariant()}");
        }

        var filter = _pos > filterStart ? SourceSince(filterStart).ToUpperInvariant() : null;
        Advance();
        var rest = new List<AstClause>();
        var tailStart = Here;
        if (TryKeyword("YIELD"))
        {
            rest.Add(ParseShowYield(tailStart));
        }
        else if (TryKeyword("WHERE"))
        {
            var all = new AstProjection(tailStart, false, true, [], [], null, null);
            rest.Add(new AstWith(tailStart, all, ParsePredicate()));
        }

        while (AtClauseStart())
        {
            rest.Add(ParseClause());
        }

        return new AstShowSchema(start, constraints, filter, rest);
    }

    /// <summary>YIELD after SHOW: its columns, ORDER BY/SKIP/LIMIT and WHERE, expressed as the WITH it means.</summary>
    private AstWith ParseShowYield(SourcePosition start)
    {
        var includeExisting = Try(TokenKind.Star);
        var items = new List<AstProjectionItem>();
        if (!includeExisting)
        {
            do
            {
                var itemStart = Here;
                var field = ExpectName("a column name");
                var alias = TryKeyword("AS") ? ExpectName("a variable name") : null;
                items.Add(new AstProjectionItem(itemStart, new AstVariable(itemStart, field), alias, field));
            }
            while (Try(TokenKind.Comma));
        }

        var projection = ParseProjectionTail(start, false, includeExisting, items);
        return new AstWith(start, projection, ParseWhere());
    }
}
