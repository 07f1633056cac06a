using System.Diagnostics;
using System.Globalization;

namespace Graph.Cli;

/// <summary>
/// A one-line progress bar on stderr, redrawn in place only when its percentage changes (so reporting often costs
/// little): phase, bar, percent, count and rate of the current phase, and the file being worked on.
/// </summary>
internal sealed class ProgressLine(TextWriter writer)
{
    private const int Width = 30;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private string _phase = string.Empty;
    private string _last = string.Empty;
    private int _percent = -1;

    public void Show(string phase, long done, long total, string unit, string? file = null)
    {
        if (phase != _phase)
        {
            _phase = phase;
            _percent = -1;
            _clock.Restart();
        }

        var fraction = total == 0 ? 1 : Math.Clamp((double)done / total, 0, 1);
        var percent = (int)(fraction * 100);
        if (percent == _percent)
        {
            return;
        }

        _percent = percent;
        var filled = (int)(fraction * Width);
        var seconds = Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"{phase,-6} [{new string('#', filled)}{new string('.', Width - filled)}] {percent,3}% {done:N0} {unit} ({done / seconds:N0} {unit}/s) {Path.GetFileName(file)}");
        writer.Write("\r" + line.PadRight(_last.Length));
        _last = line;
    }

    public void Done()
    {
        if (_last.Length > 0)
        {
            writer.WriteLine();
        }
    }
}
