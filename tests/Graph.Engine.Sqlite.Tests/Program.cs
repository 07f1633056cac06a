namespace Graph.Engine.Sqlite.Tests;

/// <summary>
/// The entry point when this test assembly is run as a program (the test host does not use it):
/// the child processes of the crash test.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 2 && args[0] == CrashWriter.Verb)
        {
            return await CrashWriter.Run(args[1]);
        }

        await Console.Error.WriteLineAsync($"usage: {CrashWriter.Verb} <database-file>");
        return 2;
    }
}
