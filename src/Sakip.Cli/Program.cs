using Sakip.Cli;

return SakipApp.Run(args, Console.Out, Console.Error);
