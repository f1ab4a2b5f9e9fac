namespace Sakip.Domain.Spreadsheets.Tests;

/// <summary>A fact that needs LibreOffice (<c>soffice</c> on the PATH). Without it the test is skipped, unless
/// <c>SAKIP_REQUIRE_LIBREOFFICE=1</c> (as CI sets it), when it runs and fails for want of the program.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (LibreOffice.Path is null && Environment.GetEnvironmentVariable("SAKIP_REQUIRE_LIBREOFFICE") != "1")
        {
            Skip = "LibreOffice (soffice) is not installed; set SAKIP_REQUIRE_LIBREOFFICE=1 to fail instead.";
        }
    }
}
