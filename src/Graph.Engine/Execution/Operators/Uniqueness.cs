namespace Graph.Engine.Execution.Operators;

/// <summary>Relationship uniqueness within one MATCH: a new relationship must differ from those already bound by the pattern.</summary>
internal static class Uniqueness
{
    public static bool IsFree(long relationshipId, object?[] slots, int[] others)
    {
        foreach (var slot in others)
        {
            switch (slots[slot])
            {
                case LiveRelationship r when r.Id == relationshipId:
                    return false;
                case List<object?> list:
                    foreach (var item in list)
                    {
                        if (item is LiveRelationship x && x.Id == relationshipId)
                        {
                            return false;
                        }
                    }

                    break;
            }
        }

        return true;
    }
}
