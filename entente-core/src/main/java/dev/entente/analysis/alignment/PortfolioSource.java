package dev.entente.analysis.alignment;

import java.util.List;
import java.util.function.Consumer;

/** Alliance portfolios per year from the imported datasets; the store implements it. */
public interface PortfolioSource {

  /**
   * Builds the portfolios of each year of the request and hands them over in year order.
   *
   * @return the data versions and conventions used, one line each
   */
  List<String> portfolios(PortfolioRequest request, Consumer<PortfolioYear> consumer);
}
