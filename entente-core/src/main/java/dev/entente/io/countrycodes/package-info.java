/** The countrycode crosswalk between COW, Gleditsch-Ward, ISO, UN and other country codes: importer. */
package dev.entente.io.countrycodes;
