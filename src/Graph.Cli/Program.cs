return Graph.Cli.CliApp.Run(args, Console.Out, Console.Error);
