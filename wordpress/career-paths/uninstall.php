<?php
/**
 * Deleting the plugin removes the one thing it keeps: datasets fetched from other sites for the
 * readable fallback, cached as transients. It stores no settings.
 *
 * @package career-paths
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

global $wpdb;
$wpdb->query(
	$wpdb->prepare(
		"DELETE FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s",
		$wpdb->esc_like( '_transient_career_paths_' ) . '%',
		$wpdb->esc_like( '_transient_timeout_career_paths_' ) . '%'
	)
);
