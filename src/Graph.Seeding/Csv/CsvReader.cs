using System.Text;

namespace Graph.Seeding.Csv;

/// <summary>
/// A strict RFC 4180 reader for the seed's CSV: <c>\n</c> line ends, fields quoted with <c>"</c> and quotes
/// doubled inside them, every record as wide as the header. Anything else is a <see cref="SeedProblem"/>
/// at the physical line where the offending record starts, and that record is dropped.
/// </summary>
public static class CsvReader
{
    /// <summary>Reads <paramref name="text"/>; the first record returned is the header.</summary>
    /// <param name="text">the decoded file content.</param>
    /// <param name="file">the name problems are reported under.</param>
    /// <param name="problems">receives every problem found.</param>
    public static IReadOnlyList<CsvRecord> Read(string text, string file, ICollection<SeedProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(problems);
        var records = new List<CsvRecord>();
        var state = new Cursor(text, file, problems);
        if (text.StartsWith('\uFEFF'))
        {
            problems.Add(new SeedProblem(file, 1, "byte order mark at the start of the file (the seed is UTF-8 without BOM)"));
            state.Position = 1;
        }

        ReportControlCharacters(text, file, problems);

        while (state.Position < text.Length)
        {
            var record = state.ReadRecord();
            if (record is null)
            {
                continue;
            }

            if (records.Count > 0 && record.Fields.Count != records[0].Fields.Count)
            {
                problems.Add(new SeedProblem(file, record.Line, $"{record.Fields.Count} fields, the header has {records[0].Fields.Count}"));
                continue;
            }

            records.Add(record);
        }

        return records;
    }

    /// <summary>
    /// Control characters (NUL and the rest of C0 but tab and the line end, DEL, C1) are not text: they pass through
    /// CSV quoting unseen and break search and display. Reported once per line, with the first one's column.
    /// </summary>
    private static void ReportControlCharacters(string text, string file, ICollection<SeedProblem> problems)
    {
        var line = 1;
        var lineStart = 0;
        var reported = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (char.IsControl(c) && c is not ('\t' or '\r') && reported != line)
            {
                problems.Add(new SeedProblem(file, line, $"control character U+{(int)c:X4} at column {i - lineStart + 1} (the seed holds text only: no NUL or other control characters but tab and the line end)"));
                reported = line;
            }
        }
    }

    private sealed class Cursor(string text, string file, ICollection<SeedProblem> problems)
    {
        private readonly StringBuilder _field = new();
        private bool _reportedCarriageReturn;

        public int Position { get; set; }

        private int Line { get; set; } = 1;

        /// <summary>Reads one record; null when it was malformed (already reported) or an empty line.</summary>
        public CsvRecord? ReadRecord()
        {
            var start = Line;
            if (text[Position] == '\n')
            {
                problems.Add(new SeedProblem(file, start, "empty line"));
                NextLine();
                return null;
            }

            var fields = new List<string>();
            while (true)
            {
                var ok = Position < text.Length && text[Position] == '"' ? ReadQuoted(start) : ReadUnquoted(start);
                if (!ok)
                {
                    SkipRestOfRecord();
                    return null;
                }

                fields.Add(_field.ToString());
                if (Position >= text.Length)
                {
                    return new CsvRecord(start, fields);
                }

                if (text[Position] == '\n')
                {
                    NextLine();
                    return new CsvRecord(start, fields);
                }

                Position++; // the comma; a comma at the end of a line starts one more, empty, field
            }
        }

        private bool ReadQuoted(int start)
        {
            _field.Clear();
            Position++;
            while (true)
            {
                if (Position >= text.Length)
                {
                    problems.Add(new SeedProblem(file, start, "unterminated quoted field (no closing quote before the end of the file)"));
                    return false;
                }

                var c = text[Position];
                if (c == '"')
                {
                    if (Position + 1 < text.Length && text[Position + 1] == '"')
                    {
                        _field.Append('"');
                        Position += 2;
                        continue;
                    }

                    Position++;
                    break;
                }

                if (c == '\n')
                {
                    Line++;
                }

                _field.Append(c);
                Position++;
            }

            if (Position < text.Length && text[Position] == '\r')
            {
                SkipCarriageReturnOfCrlf(start);
            }

            if (Position < text.Length && text[Position] is not (',' or '\n'))
            {
                problems.Add(new SeedProblem(file, start, $"'{text[Position]}' after a closing quote (a quoted field ends at a comma or the line end)"));
                return false;
            }

            return true;
        }

        private bool ReadUnquoted(int start)
        {
            _field.Clear();
            while (Position < text.Length && text[Position] is not (',' or '\n'))
            {
                var c = text[Position];
                if (c == '"')
                {
                    problems.Add(new SeedProblem(file, start, "quote inside an unquoted field (quote the whole field and double the quote)"));
                    return false;
                }

                if (c == '\r')
                {
                    if (!SkipCarriageReturnOfCrlf(start))
                    {
                        problems.Add(new SeedProblem(file, start, "carriage return inside an unquoted field"));
                        return false;
                    }

                    continue;
                }

                _field.Append(c);
                Position++;
            }

            return true;
        }

        /// <summary>
        /// At a CR: when it ends the line (CRLF), steps over it and returns true, so the record is read all
        /// the same; the file is told off once rather than once per line.
        /// </summary>
        private bool SkipCarriageReturnOfCrlf(int start)
        {
            var atLineEnd = Position + 1 >= text.Length || text[Position + 1] == '\n';
            if (!atLineEnd)
            {
                return false;
            }

            if (!_reportedCarriageReturn)
            {
                problems.Add(new SeedProblem(file, start, "CRLF line end (the seed uses \\n line ends)"));
                _reportedCarriageReturn = true;
            }

            Position++;
            return true;
        }

        /// <summary>After a malformed field: resume at the next line, the best guess for the next record.</summary>
        private void SkipRestOfRecord()
        {
            while (Position < text.Length && text[Position] != '\n')
            {
                Position++;
            }

            if (Position < text.Length)
            {
                NextLine();
            }
        }

        private void NextLine()
        {
            Position++;
            Line++;
        }
    }
}
