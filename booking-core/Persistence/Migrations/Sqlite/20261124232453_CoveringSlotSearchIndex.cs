using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Termine.Booking.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CoveringSlotSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SlotClaims_Team_UnitStart",
                table: "SlotClaims");

            migrationBuilder.CreateIndex(
                name: "IX_SlotClaims_Team_UnitStart_Desk_ExpiresAt",
                table: "SlotClaims",
                columns: new[] { "Team", "UnitStart", "Desk", "ExpiresAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SlotClaims_Team_UnitStart_Desk_ExpiresAt",
                table: "SlotClaims");

            migrationBuilder.CreateIndex(
                name: "IX_SlotClaims_Team_UnitStart",
                table: "SlotClaims",
                columns: new[] { "Team", "UnitStart" });
        }
    }
}
