<?php
/**
 * Plugin Name:       Career Paths
 * Description:       Compare career paths and help students pick a role, from one JSON dataset: two blocks and two shortcodes that any author can place.
 * Version:           0.2.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            The career-paths authors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       career-paths
 * Domain Path:       /languages
 *
 * @package career-paths
 */

defined( 'ABSPATH' ) || exit;

const CAREER_PATHS_VERSION = '0.2.0';
/** The largest dataset read or accepted, in bytes: the dataset editor's own limit (5 MB). */
const CAREER_PATHS_MAX_BYTES = 5 * 1024 * 1024;

require_once __DIR__ . '/includes/fallback.php';
require_once __DIR__ . '/includes/element.php';
require_once __DIR__ . '/includes/uploads.php';

add_action( 'init', 'career_paths_load_textdomain', 0 );
add_action( 'init', 'career_paths_register' );
add_action( 'enqueue_block_assets', 'career_paths_editor_canvas' );

/** The plugin's words in the site's language, from its own languages/ folder when WordPress has none. */
function career_paths_load_textdomain() {
	load_plugin_textdomain( 'career-paths', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
}

/** The drop-in script, the editor script, both blocks and both shortcodes. */
function career_paths_register() {
	// In the footer: a block or shortcode rendered in the content asks for it after the head is out.
	wp_register_script( 'career-paths', plugins_url( 'assets/career-paths.js', __FILE__ ), array(), CAREER_PATHS_VERSION, true );
	wp_register_script(
		'career-paths-editor',
		plugins_url( 'blocks/editor.js', __FILE__ ),
		array( 'wp-api-fetch', 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'wp-server-side-render' ),
		CAREER_PATHS_VERSION,
		true
	);
	// The editor's words in the site's language (languages/, made from the plugin's sources).
	wp_set_script_translations( 'career-paths-editor', 'career-paths', __DIR__ . '/languages' );
	// The example dataset that ships with the plugin, in Spanish on a Spanish site: the inserter's
	// preview, and what "Insert the example" places in a block.
	$example = plugins_url( 0 === strpos( determine_locale(), 'es' ) ? 'examples/healthcare.es.json' : 'examples/healthcare.json', __FILE__ );
	foreach ( array( 'compare', 'picker' ) as $widget ) {
		register_block_type(
			__DIR__ . '/blocks/' . $widget,
			array(
				'example'         => array( 'attributes' => array( 'src' => $example ) + ( 'compare' === $widget ? array( 'highlight' => 'management' ) : array() ) ),
				'render_callback' => function ( $attributes ) use ( $widget ) {
					// A dataset chosen from the Media Library is found by its id, so a site that moved
					// (or a file replaced in place) keeps working whatever URL was saved.
					if ( ! empty( $attributes['mediaId'] ) && is_numeric( $attributes['mediaId'] ) && 'application/json' === get_post_mime_type( (int) $attributes['mediaId'] ) ) {
						$url = wp_get_attachment_url( (int) $attributes['mediaId'] );
						if ( $url ) {
							$attributes['src'] = $url;
						}
					}
					// The block's own wrapper carries what the editor adds: "Additional CSS class", the
					// anchor and the alignment. The element inside keeps only its own attributes.
					// WordPress before 6.9 leaves the anchor of a dynamic block to the block itself.
					$anchor = isset( $attributes['anchor'] ) && is_string( $attributes['anchor'] ) && '' !== $attributes['anchor'] ? array( 'id' => $attributes['anchor'] ) : array();
					return '<div ' . get_block_wrapper_attributes( $anchor ) . '>'
						. career_paths_element_html( 'career-' . $widget, career_paths_block_attributes( $attributes ) )
						. '</div>';
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

/**
 * The block editor shows each block inside its canvas, an iframe with a document of its own
 * (always so since WordPress 6.9, for blocks of API version 3): the elements are defined there
 * too, so that the preview is the live widget. On the site itself, the script is loaded only on
 * the pages that show a widget (career_paths_element_html).
 */
function career_paths_editor_canvas() {
	if ( is_admin() ) {
		wp_enqueue_script( 'career-paths' );
	}
}
