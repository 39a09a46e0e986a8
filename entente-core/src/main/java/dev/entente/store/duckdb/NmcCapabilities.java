package dev.entente.store.duckdb;

import dev.entente.analysis.landscape.CapabilitySource;
import dev.entente.error.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** CINC per state in a year from the most recently imported NMC version (NULL values left out). */
final class NmcCapabilities implements CapabilitySource {

  private final Connection connection;
  private final DyadYearFrames frames;

  NmcCapabilities(Connection connection) {
    this.connection = connection;
    this.frames = new DyadYearFrames(connection);
  }

  @Override
  public Capabilities cinc(int year) {
    frames.require("nmc", "nmc");
    String version = frames.latest("nmc", "nmc").orElseThrow();
    Map<Integer, Double> out = new HashMap<>();
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT ccode, cinc FROM nmc WHERE dataset_version = ? AND year = ? AND cinc IS NOT NULL")) {
      ps.setString(1, version);
      ps.setInt(2, year);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getInt(1), rs.getDouble(2));
        }
      }
      return new Capabilities(version, out);
    } catch (SQLException e) {
      throw new StoreException("reading NMC capabilities of " + year + " failed: " + e.getMessage(), e);
    }
  }
}
