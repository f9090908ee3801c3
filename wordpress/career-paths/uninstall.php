<?php
/**
 * Deleting the plugin removes the one thing it keeps: datasets fetched from other sites for the
 * readable fallback, cached as transients. It stores no settings.
 *
 * @package career-paths
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

/** Deletes the kept datasets of the current site. */
function career_paths_uninstall_site() {
	global $wpdb;
	$wpdb->query(
		$wpdb->prepare(
			"DELETE FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s",
			$wpdb->esc_like( '_transient_career_paths_' ) . '%',
			$wpdb->esc_like( '_transient_timeout_career_paths_' ) . '%'
		)
	);
	wp_cache_flush();
}

// On a network, every site kept its own.
if ( is_multisite() ) {
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $career_paths_site ) {
		switch_to_blog( $career_paths_site );
		career_paths_uninstall_site();
		restore_current_blog();
	}
} else {
	career_paths_uninstall_site();
}
