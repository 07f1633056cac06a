namespace Graph.Engine.Sqlite.Import;

/// <summary>How far an import is: <paramref name="Done"/> of <paramref name="Total"/> bytes of the files read, or of the records written.</summary>
public readonly record struct ImportProgress(string Phase, string File, long Done, long Total);
