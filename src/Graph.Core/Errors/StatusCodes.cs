namespace Graph.Core.Errors;

/// <summary>The Neo4j status codes this system raises, in one table.</summary>
public static class StatusCodes
{
    public const string SyntaxError = "Neo.ClientError.Statement.SyntaxError";
    public const string SemanticError = "Neo.ClientError.Statement.SemanticError";
    public const string TypeError = "Neo.ClientError.Statement.TypeError";
    public const string ArgumentError = "Neo.ClientError.Statement.ArgumentError";
    public const string ArithmeticError = "Neo.ClientError.Statement.ArithmeticError";
    public const string ParameterMissing = "Neo.ClientError.Statement.ParameterMissing";
    public const string EntityNotFound = "Neo.ClientError.Statement.EntityNotFound";
    public const string FeatureNotSupported = "Neo.ClientError.Statement.FeatureNotSupported";
    public const string ConstraintValidationFailed = "Neo.ClientError.Schema.ConstraintValidationFailed";
    public const string ConstraintCreationFailed = "Neo.ClientError.Schema.ConstraintCreationFailed";
    public const string EquivalentSchemaRuleAlreadyExists = "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists";
    public const string IndexNotFound = "Neo.ClientError.Schema.IndexDropFailed";
    public const string ProcedureNotFound = "Neo.ClientError.Procedure.ProcedureNotFound";
    public const string ProcedureCallFailed = "Neo.ClientError.Procedure.ProcedureCallFailed";
    public const string Forbidden = "Neo.ClientError.Security.Forbidden";
    public const string Unauthorized = "Neo.ClientError.Security.Unauthorized";
    public const string TransactionTimedOut = "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration";
    public const string TransactionNotFound = "Neo.ClientError.Transaction.TransactionNotFound";
    public const string Terminated = "Neo.ClientError.Transaction.Terminated";
    public const string DatabaseNotFound = "Neo.ClientError.Database.DatabaseNotFound";
    public const string RequestInvalid = "Neo.ClientError.Request.Invalid";
    public const string InvalidFormat = "Neo.ClientError.Request.InvalidFormat";
    public const string TransientUnavailable = "Neo.TransientError.General.DatabaseUnavailable";
    public const string DeadlockDetected = "Neo.TransientError.Transaction.DeadlockDetected";
    public const string TransactionAccessedConcurrently = "Neo.ClientError.Transaction.TransactionAccessedConcurrently";
    public const string LockAcquisitionTimeout = "Neo.TransientError.Transaction.LockAcquisitionTimeout";
    public const string NoThreadsAvailable = "Neo.TransientError.Request.NoThreadsAvailable";
    public const string MemoryPoolOutOfMemory = "Neo.TransientError.General.MemoryPoolOutOfMemoryError";

    // Neo4j has no code for a value nested too deeply to walk; ours keeps Neo4j's shape (a client error of the statement).
    public const string ValueTooDeep = "Neo.ClientError.Statement.ValueTooDeep";
    public const string StorageError = "Neo.DatabaseError.General.UnknownError";
    public const string CorruptStore = "Neo.DatabaseError.General.StorageDamageDetected";
}
