using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Termine.Booking.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SlotSearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Appointments_ArrivalDay_WaitingNumber",
                table: "Appointments");

            migrationBuilder.DropIndex(
                name: "IX_Appointments_CheckInTokenHash",
                table: "Appointments");

            migrationBuilder.DropIndex(
                name: "IX_Appointments_ManageTokenHash",
                table: "Appointments");

            migrationBuilder.DropIndex(
                name: "IX_Appointments_Reference",
                table: "Appointments");

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_ArrivalDay_WaitingNumber",
                table: "Appointments",
                columns: new[] { "ArrivalDay", "WaitingNumber" },
                unique: true,
                filter: "\"ArrivalDay\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_CheckInTokenHash",
                table: "Appointments",
                column: "CheckInTokenHash",
                unique: true,
                filter: "\"CheckInTokenHash\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_ManageTokenHash",
                table: "Appointments",
                column: "ManageTokenHash",
                unique: true,
                filter: "\"ManageTokenHash\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_Reference",
                table: "Appointments",
                column: "Reference",
                unique: true,
                filter: "\"Reference\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Appointments_ArrivalDay_WaitingNumber",
                table: "Appointments");

            migrationBuilder.DropIndex(
                name: "IX_Appointments_CheckInTokenHash",
                table: "Appointments");

            migrationBuilder.DropIndex(
                name: "IX_Appointments_ManageTokenHash",
                table: "Appointments");

            migrationBuilder.DropIndex(
                name: "IX_Appointments_Reference",
                table: "Appointments");

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_ArrivalDay_WaitingNumber",
                table: "Appointments",
                columns: new[] { "ArrivalDay", "WaitingNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_CheckInTokenHash",
                table: "Appointments",
                column: "CheckInTokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_ManageTokenHash",
                table: "Appointments",
                column: "ManageTokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_Reference",
                table: "Appointments",
                column: "Reference",
                unique: true);
        }
    }
}
