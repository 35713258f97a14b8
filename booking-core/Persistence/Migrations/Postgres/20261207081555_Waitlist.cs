using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Termine.Booking.Persistence.Migrations.Postgres
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
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<Guid>(
                name: "WaitlistEntryId",
                table: "OutboxMessages",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "WaitlistEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: false),
                    ServiceId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Persons = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    Weekdays = table.Column<int>(type: "integer", nullable: false),
                    NotBefore = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    NotAfter = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    PermitExpires = table.Column<DateOnly>(type: "date", nullable: true),
                    FullName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ChannelAddress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    LeaveTokenHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    JoinedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WaitlistEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WaitlistOffers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EntryId = table.Column<Guid>(type: "uuid", nullable: false),
                    AppointmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    SlotStart = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SlotEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    TokenHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);
        }
    }
}
