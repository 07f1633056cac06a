namespace Graph.Engine.Parsing;

/// <summary>The kinds of token the lexer produces. Keywords are not separate kinds: Cypher keywords are contextual, so the parser matches identifier text.</summary>
internal enum TokenKind
{
    EndOfInput,
    Identifier,
    EscapedIdentifier,
    Integer,
    Float,
    String,
    Parameter,

    /// <summary>Digits run into letters (<c>12ab</c>, <c>0x</c>, <c>0x1G</c>): an invalid number literal, reported as such only where a literal is expected.</summary>
    BadNumber,

    LeftParen,
    RightParen,
    LeftBracket,
    RightBracket,
    LeftBrace,
    RightBrace,
    Comma,
    Dot,
    DotDot,
    Colon,
    ColonColon,
    Semicolon,
    Pipe,
    DoublePipe,
    Ampersand,
    Bang,
    Percent,
    Equal,
    NotEqual,

    /// <summary><c>!=</c>, which Cypher does not have (it is <c>&lt;&gt;</c>); lexed so the error can say so.</summary>
    BangEqual,
    Less,
    Greater,
    LessOrEqual,
    GreaterOrEqual,
    Plus,
    PlusEqual,
    Minus,
    Star,
    Slash,
    Caret,
    RegexMatch,

    /// <summary>A Unicode dash (en dash, minus sign, full-width hyphen, …): the line of an arrow in a pattern, an error elsewhere.</summary>
    UnicodeDash,

    /// <summary>A Unicode left angle bracket (⟨, 〈, ﹤, ＜): an arrow head in a pattern, an error elsewhere.</summary>
    UnicodeLeftHead,

    /// <summary>A Unicode right angle bracket (⟩, 〉, ﹥, ＞): an arrow head in a pattern, an error elsewhere.</summary>
    UnicodeRightHead,

    /// <summary>A '$' not followed by a parameter name, as in the dynamic label <c>:$(expr)</c>.</summary>
    Dollar,
}
