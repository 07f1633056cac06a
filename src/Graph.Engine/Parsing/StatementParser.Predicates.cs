using Graph.Engine.Ast;

namespace Graph.Engine.Parsing;

/// <summary>The predicate tier between comparisons and arithmetic: string, list, null, label and type tests.</summary>
internal sealed partial class StatementParser
{
    /// <summary>String, list, null and type predicates: STARTS WITH, ENDS WITH, CONTAINS, =~, IN, IS [NOT] NULL, IS [NOT] TYPED.</summary>
    private AstExpression ParsePredicateChain()
    {
        var left = ParseAdditive();
        while (true)
        {
            var next = ParsePredicateSuffix(left);
            if (next is null)
            {
                return left;
            }

            left = next;
        }
    }

    private AstExpression? ParsePredicateSuffix(AstExpression left)
    {
        AstBinaryOperator? op = null;
        if (Try(TokenKind.RegexMatch))
        {
            op = AstBinaryOperator.RegexMatch;
        }
        else if (TryKeywords("STARTS", "WITH"))
        {
            op = AstBinaryOperator.StartsWith;
        }
        else if (TryKeywords("ENDS", "WITH"))
        {
            op = AstBinaryOperator.EndsWith;
        }
        else if (TryKeyword("CONTAINS"))
        {
            op = AstBinaryOperator.Contains;
        }
        else if (TryKeyword("IN"))
        {
            op = AstBinaryOperator.In;
        }

        if (op is { } binary)
        {
            return new AstBinary(left.Position, binary, left, ParseAdditive());
        }

        if (Try(TokenKind.ColonColon))
        {
            return TypePredicate(left);
        }

        if (!AtKeyword("IS"))
        {
            return null;
        }

        var isToken = Advance();
        var negated = TryKeyword("NOT");
        if (TryKeyword("NULL"))
        {
            return new AstIsNull(left.Position, left, negated);
        }

        if (TryKeyword("TYPED") || Try(TokenKind.ColonColon))
        {
            return TypePredicate(left);
        }

        if (AtNormalForm())
        {
            Unsupported("IS NORMALIZED");
            TryKeyword("NFC");
            TryKeyword("NFD");
            TryKeyword("NFKC");
            TryKeyword("NFKD");
            ExpectKeyword("NORMALIZED");
            return left;
        }

        if (!negated && AtName)
        {
            // n IS Label: the GQL spelling of the label predicate n:Label.
            return new AstLabelPredicate(left.Position, left, ParseLabelOr(inExpression: true));
        }

        throw ErrorAt(isToken, "Invalid input 'IS': expected NULL, NOT NULL, TYPED or a label");
    }

    private bool AtNormalForm() =>
        AtKeyword("NORMALIZED") || ((AtKeyword("NFC") || AtKeyword("NFD") || AtKeyword("NFKC") || AtKeyword("NFKD")) && AtKeywordAhead(1, "NORMALIZED"));

    private AstExpression TypePredicate(AstExpression left)
    {
        Unsupported("type predicate expressions (IS :: TYPE)");
        SkipTypeName();
        return left;
    }

    /// <summary>A value type as in <c>IS :: INTEGER NOT NULL</c>, <c>LIST&lt;STRING&gt;</c>, <c>INTEGER | FLOAT</c>; returned as written.</summary>
    private string SkipTypeName()
    {
        var first = _pos;
        do
        {
            ExpectName("a type name");
            while (AtName && !AtKeyword("NOT") && !AtTypeEnd())
            {
                Advance();
            }

            if (Try(TokenKind.Less))
            {
                SkipTypeName();
                Expect(TokenKind.Greater, "'>'");
            }

            if (AtKeyword("NOT") && AtKeywordAhead(1, "NULL"))
            {
                _pos += 2;
            }
            else
            {
                Try(TokenKind.Bang);
            }
        }
        while (Try(TokenKind.Pipe));

        return SourceSince(first);
    }

    private bool AtTypeEnd() =>
        AtKeyword("AND") || AtKeyword("OR") || AtKeyword("XOR") || AtKeyword("AS") || AtKeyword("THEN") || AtKeyword("ELSE")
        || AtKeyword("END") || AtKeyword("WHEN") || AtKeyword("RETURN") || AtKeyword("WITH") || AtKeyword("OPTIONS")
        || AtKeyword("ORDER") || AtKeyword("SKIP") || AtKeyword("LIMIT") || AtKeyword("WHERE") || AtClauseStart();
}
