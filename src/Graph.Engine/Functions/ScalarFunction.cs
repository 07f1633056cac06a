namespace Graph.Engine.Functions;

/// <summary>
/// A scalar function's body. Arguments and result are Cypher values as plain .NET objects
/// (see <see cref="Graph.Core.Store.QueryResult"/>). Type faults throw
/// <see cref="Graph.Core.Errors.CypherTypeException"/>, bad values
/// <see cref="Graph.Core.Errors.CypherArgumentException"/>.
/// </summary>
public delegate object? ScalarFunction(object?[] arguments, IFunctionContext context);
