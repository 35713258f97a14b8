using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Termine.Booking.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Appointments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    ServiceId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Team = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Desk = table.Column<int>(type: "integer", nullable: false),
                    Start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    End = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Persons = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    HoldExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClientKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FullName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CheckInTokenHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    BookedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CancelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Appointments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IdempotencyRecords",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    RequestHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    AppointmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdempotencyRecords", x => x.Key);
                    table.ForeignKey(
                        name: "FK_IdempotencyRecords_Appointments_AppointmentId",
                        column: x => x.AppointmentId,
                        principalTable: "Appointments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SlotClaims",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Team = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Desk = table.Column<int>(type: "integer", nullable: false),
                    UnitStart = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AppointmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SlotClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SlotClaims_Appointments_AppointmentId",
                        column: x => x.AppointmentId,
                        principalTable: "Appointments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_CheckInTokenHash",
                table: "Appointments",
                column: "CheckInTokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_ClientKey_Status",
                table: "Appointments",
                columns: new[] { "ClientKey", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_Email_ServiceId_Status",
                table: "Appointments",
                columns: new[] { "Email", "ServiceId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_Reference",
                table: "Appointments",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_Start_Status",
                table: "Appointments",
                columns: new[] { "Start", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_IdempotencyRecords_AppointmentId",
                table: "IdempotencyRecords",
                column: "AppointmentId");

            migrationBuilder.CreateIndex(
                name: "IX_SlotClaims_AppointmentId",
                table: "SlotClaims",
                column: "AppointmentId");

            migrationBuilder.CreateIndex(
                name: "IX_SlotClaims_Team_Desk_UnitStart",
                table: "SlotClaims",
                columns: new[] { "Team", "Desk", "UnitStart" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SlotClaims_Team_UnitStart",
                table: "SlotClaims",
                columns: new[] { "Team", "UnitStart" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IdempotencyRecords");

            migrationBuilder.DropTable(
                name: "SlotClaims");

            migrationBuilder.DropTable(
                name: "Appointments");
        }
    }
}
