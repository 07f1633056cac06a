using Graph.Core.Errors;

namespace Graph.Engine.Execution.Operators;

/// <summary>
/// MERGE: for each input row, the rows of the match plan with ON MATCH applied; when there are
/// none, the whole pattern is created (bound nodes reused) and ON CREATE applied. A later row
/// sees what an earlier row created, so merging the same thing twice creates it once.
/// </summary>
internal sealed class MergeOperator(
    Operator input,
    Operator match,
    CompiledPart part,
    Evaluator[] nullChecks,
    string[] nullCheckText,
    CompiledSetItem[] onCreate,
    CompiledSetItem[] onMatch) : Operator
{
    private bool _matching;
    private bool _matched;

    public override bool Pull(Frame frame)
    {
        while (true)
        {
            if (_matching)
            {
                if (match.Pull(frame))
                {
                    _matched = true;
                    foreach (var item in onMatch)
                    {
                        GraphWriter.Set(frame, item);
                    }

                    return true;
                }

                _matching = false;
                if (!_matched)
                {
                    GraphWriter.Create(frame, part);
                    foreach (var item in onCreate)
                    {
                        GraphWriter.Set(frame, item);
                    }

                    return true;
                }
            }

            if (!input.Pull(frame))
            {
                return false;
            }

            for (var i = 0; i < nullChecks.Length; i++)
            {
                if (nullChecks[i](frame) is null)
                {
                    throw new CypherSemanticException(
                        $"Cannot merge the following node or relationship because of null property value for '{nullCheckText[i]}'",
                        "MergeReadOwnWrites");
                }
            }

            match.Reset();
            _matching = true;
            _matched = false;
        }
    }

    public override void Reset()
    {
        _matching = false;
        input.Reset();
    }
}
