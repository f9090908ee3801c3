<?php
/**
 * Plugin Name:       Career Paths
 * Description:       Compare career paths and help students pick a role, from one JSON dataset: two blocks and two shortcodes that any author can place.
 * Version:           0.2.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       career-paths
 *
 * @package career-paths
 */

defined( 'ABSPATH' ) || exit;

const CAREER_PATHS_VERSION = '0.2.0';

require_once __DIR__ . '/includes/fallback.php';
require_once __DIR__ . '/includes/element.php';
require_once __DIR__ . '/includes/uploads.php';

add_action( 'init', 'career_paths_register' );

/** The drop-in script, the editor script, both blocks and both shortcodes. */
function career_paths_register() {
	// In the footer: a block or shortcode rendered in the content asks for it after the head is out.
	wp_register_script( 'career-paths', plugins_url( 'assets/career-paths.js', __FILE__ ), array(), CAREER_PATHS_VERSION, true );
	wp_register_script(
		'career-paths-editor',
		plugins_url( 'blocks/editor.js', __FILE__ ),
		array( 'career-paths', 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'wp-server-side-render' ),
		CAREER_PATHS_VERSION,
		true
	);
	foreach ( array( 'compare', 'picker' ) as $widget ) {
		register_block_type(
			__DIR__ . '/blocks/' . $widget,
			array(
				'render_callback' => function ( $attributes ) use ( $widget ) {
					return career_paths_element_html( 'career-' . $widget, career_paths_block_attributes( $attributes ) );
				},
			)
		);
	}
	add_shortcode( 'career_compare', 'career_paths_compare_shortcode' );
	add_shortcode( 'career_picker', 'career_paths_picker_shortcode' );
}

/** `[career_compare src="…" highlight="…"]` */
function career_paths_compare_shortcode( $atts ) {
	return career_paths_element_html( 'career-compare', career_paths_shortcode_attributes( 'career-compare', $atts ) );
}

/** `[career_picker src="…" sync-url id="…"]` */
function career_paths_picker_shortcode( $atts ) {
	return career_paths_element_html( 'career-picker', career_paths_shortcode_attributes( 'career-picker', $atts ) );
}
