using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Termine.Booking.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Waitlist : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "AppointmentId",
                table: "OutboxMessages",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<Guid>(
                name: "WaitlistEntryId",
                table: "OutboxMessages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "WaitlistEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 11, nullable: false),
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Persons = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Weekdays = table.Column<int>(type: "INTEGER", nullable: false),
                    NotBefore = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    NotAfter = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    PermitExpires = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ChannelAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    LeaveTokenHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    JoinedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WaitlistEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WaitlistOffers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AppointmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SlotStart = table.Column<long>(type: "INTEGER", nullable: false),
                    SlotEnd = table.Column<long>(type: "INTEGER", nullable: false),
                    TokenHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WaitlistOffers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WaitlistOffers_Appointments_AppointmentId",
                        column: x => x.AppointmentId,
                        principalTable: "Appointments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WaitlistOffers_WaitlistEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "WaitlistEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_WaitlistEntryId",
                table: "OutboxMessages",
                column: "WaitlistEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_WaitlistEntries_Email_ServiceId",
                table: "WaitlistEntries",
                columns: new[] { "Email", "ServiceId" },
                unique: true,
                filter: "\"State\" IN (0, 1)");

            migrationBuilder.CreateIndex(
                name: "IX_WaitlistEntries_LeaveTokenHash",
                table: "WaitlistEntries",
                column: "LeaveTokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WaitlistEntries_Reference",
                table: "WaitlistEntries",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WaitlistEntries_State_To",
                table: "WaitlistEntries",
                columns: new[] { "State", "To" });

            migrationBuilder.CreateIndex(
                name: "IX_WaitlistOffers_AppointmentId",
                table: "WaitlistOffers",
                column: "AppointmentId");

            migrationBuilder.CreateIndex(
                name: "IX_WaitlistOffers_EntryId",
                table: "WaitlistOffers",
                column: "EntryId",
                unique: true,
                filter: "\"Outcome\" = 0");

            migrationBuilder.CreateIndex(
                name: "IX_WaitlistOffers_Outcome_ExpiresAt",
                table: "WaitlistOffers",
                columns: new[] { "Outcome", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WaitlistOffers_TokenHash",
                table: "WaitlistOffers",
                column: "TokenHash",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_OutboxMessages_WaitlistEntries_WaitlistEntryId",
                table: "OutboxMessages",
                column: "WaitlistEntryId",
                principalTable: "WaitlistEntries",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_OutboxMessages_WaitlistEntries_WaitlistEntryId",
                table: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "WaitlistOffers");

            migrationBuilder.DropTable(
                name: "WaitlistEntries");

            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_WaitlistEntryId",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "WaitlistEntryId",
                table: "OutboxMessages");

            migrationBuilder.AlterColumn<Guid>(
                name: "AppointmentId",
                table: "OutboxMessages",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
