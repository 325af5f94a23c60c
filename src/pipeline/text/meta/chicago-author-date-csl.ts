/**
 * The Chicago author-date CSL style (CSL project, CC BY-SA 3.0; the file as published, kept as a string
 * so that the pipeline formats references without reading a file and without a bundler).
 */
export const CHICAGO_AUTHOR_DATE_CSL = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" and="text" class="in-text" demote-non-dropping-particle="display-and-sort" names-delimiter=", " page-range-format="chicago" version="1.0">
  <info>
    <title>Chicago Manual of Style 18th edition (author-date)</title>
    <title-short>CMOS</title-short>
    <id>http://www.zotero.org/styles/chicago-author-date</id>
    <link href="http://www.zotero.org/styles/chicago-author-date" rel="self"/>
    <link href="http://www.zotero.org/styles/chicago-fullnote-bibliography" rel="template"/>
    <link href="http://www.chicagomanualofstyle.org/tools_citationguide.html" rel="documentation"/>
    <author>
      <name>Andrew Dunning</name>
      <uri>https://orcid.org/0000-0003-0464-5036</uri>
    </author>
    <author>
      <name>Julian Onions</name>
      <uri>https://orcid.org/0000-0001-5192-6856</uri>
    </author>
    <contributor>
      <name>Nick Bart</name>
      <uri>https://github.com/njbart</uri>
    </contributor>
    <contributor>
      <name>Frank Bennett</name>
      <uri>https://github.com/fbennett</uri>
    </contributor>
    <contributor>
      <name>Sebastian Karcher</name>
      <uri>https://orcid.org/0000-0001-8249-7388</uri>
    </contributor>
    <contributor>
      <name>Richard Karnesky</name>
      <uri>https://orcid.org/0000-0003-4717-457X</uri>
    </contributor>
    <contributor>
      <name>Simon Kornblith</name>
      <uri>https://orcid.org/0000-0002-9088-2443</uri>
    </contributor>
    <contributor>
      <name>Elena Razlogova</name>
      <uri>https://orcid.org/0000-0001-6621-7841</uri>
    </contributor>
    <contributor>
      <name>Matthew Roth</name>
      <uri>https://orcid.org/0000-0001-7902-6331</uri>
    </contributor>
    <contributor>
      <name>Brenton M. Wiernik</name>
      <uri>https://orcid.org/0000-0001-9560-6336</uri>
    </contributor>
    <contributor>
      <name>Zeping Lee</name>
      <uri>https://github.com/zepinglee</uri>
    </contributor>
    <category citation-format="author-date"/>
    <category field="humanities"/>
    <category field="social_science"/>
    <category field="generic-base"/>
    <summary>Chicago Manual of Style author-date system</summary>
    <updated>2025-03-01T00:00:00+00:00</updated>
    <rights license="http://creativecommons.org/licenses/by-sa/3.0/">This work is licensed under a Creative Commons Attribution-ShareAlike 3.0 License</rights>
  </info>
  <locale xml:lang="en">
    <terms>
      <term form="short" name="chapter-number">chap.</term>
      <term form="verb-short" name="collection-editor">ed.</term>
      <term form="short" name="collection-number">vol.</term>
      <term form="verb-short" name="compiler">comp.</term>
      <term form="verb-short" name="contributor">with</term>
      <term form="verb-short" name="director">dir.</term>
      <term form="verb-short" name="editor">ed.</term>
      <term form="short" name="editortranslator">ed. and trans.</term>
      <term form="verb" name="editortranslator">edited and translated by</term>
      <term form="verb-short" name="editortranslator">ed. and trans.</term>
      <term form="verb" name="editorial-director">editorial direction by</term>
      <term form="verb-short" name="editorial-director">ed. dir.</term>
      <term form="verb-short" name="illustrator">ill.</term>
      <term name="original-work-published">originally published</term>
      <term form="short" name="personal-communication">pers. comm.</term>
      <term name="sub-verbo">under</term>
      <term form="short" name="sub-verbo">under</term>
      <term name="podcast-episode">episode</term>
      <term name="post-weblog">blog</term>
      <term form="short" name="translator">trans.</term>
      <term form="verb-short" name="translator">trans.</term>
    </terms>
  </locale>
  <macro name="recipient">
    <names variable="recipient">
      <label form="verb" suffix=" "/>
      <name/>
    </names>
  </macro>
  <macro name="personal-communication-issued">
    <group delimiter=", ">
      <choose>
        <if match="any" variable="archive container-title DOI publisher URL">
          <text variable="genre"/>
        </if>
      </choose>
      <text variable="event-place"/>
    </group>
  </macro>
  <macro name="personal-communication-note">
    <choose>
      <if type="personal_communication">
        <group delimiter=", ">
          <group delimiter=" ">
            <choose>
              <if match="none" variable="archive container-title DOI publisher URL">
                <choose>
                  <if variable="genre">
                    <text variable="genre"/>
                  </if>
                  <else>
                    <text form="short" term="personal-communication"/>
                  </else>
                </choose>
              </if>
            </choose>
            <text macro="recipient"/>
          </group>
          <text macro="personal-communication-issued"/>
        </group>
      </if>
    </choose>
  </macro>
  <macro name="personal-communication">
    <choose>
      <if type="personal_communication">
        <group delimiter=", ">
          <group delimiter=" ">
            <choose>
              <if match="none" variable="archive container-title DOI publisher URL">
                <choose>
                  <if variable="genre">
                    <text text-case="capitalize-first" variable="genre"/>
                  </if>
                  <else>
                    <text term="personal-communication" text-case="capitalize-first"/>
                  </else>
                </choose>
              </if>
            </choose>
            <text macro="recipient"/>
          </group>
          <text macro="personal-communication-issued"/>
        </group>
      </if>
    </choose>
  </macro>
  <macro name="container-title-substitute">
    <choose>
      <if type="article-magazine article-newspaper entry-dictionary entry-encyclopedia review review-book post-weblog webpage">
        <text macro="container-title-short"/>
      </if>
    </choose>
  </macro>
  <macro name="author-short">
    <group delimiter=" ">
      <names variable="composer">
        <name form="short" initialize-with=". "/>
        <substitute>
          <names variable="author"/>
          <choose>
            <if match="none" type="classic">
              <names variable="editor-translator"/>
              <names variable="editor"/>
              <names variable="translator"/>
              <names variable="compiler"/>
              <names variable="collection-editor"/>
            </if>
          </choose>
          <names variable="director"/>
          <names variable="host"/>
          <text macro="container-title-substitute"/>
          <text macro="title-short"/>
        </substitute>
      </names>
      <choose>
        <if type="personal_communication" variable="author recipient">
          <names variable="recipient">
            <label form="verb-short" suffix=" "/>
            <name form="short"/>
          </names>
        </if>
        <else-if type="personal_communication">
          <text macro="personal-communication-note"/>
        </else-if>
      </choose>
    </group>
  </macro>
  <macro name="author">
    <group delimiter=" ">
      <names variable="composer">
        <name delimiter-precedes-last="always" name-as-sort-order="first"/>
        <label form="short" prefix=", "/>
        <substitute>
          <names variable="author"/>
          <choose>
            <if match="none" type="classic">
              <!-- 14.147: Anonymous classic works open with a title -->
              <names variable="editor-translator"/>
              <names variable="editor"/>
              <names variable="translator"/>
              <names variable="compiler"/>
              <names variable="collection-editor"/>
              <names variable="director"/>
              <names variable="host"/>
            </if>
          </choose>
          <choose>
            <if type="software">
              <!-- 14.169: List software in the bibliography under the publisher -->
              <text variable="publisher"/>
            </if>
          </choose>
          <text macro="container-title-substitute"/>
          <text macro="title"/>
        </substitute>
      </names>
      <text macro="personal-communication"/>
    </group>
  </macro>
  <macro name="date-inline">
    <!-- For author–date -->
    <choose>
      <if type="personal_communication" variable="event-date issued">
        <date date-parts="year" form="numeric" variable="event-date"/>
      </if>
      <else-if variable="issued">
        <group delimiter=" ">
          <choose>
            <if is-uncertain-date="original-date">
              <text macro="date-original-year"/>
            </if>
            <else>
              <text macro="date-original-year" prefix="[" suffix="]"/>
            </else>
          </choose>
          <text macro="date-issued-year"/>
        </group>
        <text variable="year-suffix"/>
      </else-if>
      <else-if variable="status">
        <text variable="status"/>
        <text prefix="-" variable="year-suffix"/>
      </else-if>
      <else>
        <text form="short" term="no date"/>
        <text prefix="-" variable="year-suffix"/>
      </else>
    </choose>
  </macro>
  <macro name="date">
    <!-- For author–date -->
    <choose>
      <if type="personal_communication" variable="event-date">
        <date form="text" variable="event-date"/>
      </if>
      <else-if variable="issued">
        <group delimiter=" ">
          <text macro="date-original-year" prefix="(" suffix=")"/>
          <choose>
            <if type="personal_communication">
              <date form="text" variable="issued"/>
            </if>
            <else>
              <text macro="date-issued-year"/>
            </else>
          </choose>
        </group>
        <text variable="year-suffix"/>
      </else-if>
      <else-if variable="status">
        <text text-case="capitalize-first" variable="status"/>
        <text prefix="-" variable="year-suffix"/>
      </else-if>
      <else>
        <text form="short" term="no date"/>
        <text prefix="-" variable="year-suffix"/>
      </else>
    </choose>
  </macro>
  <macro name="reviewed-author">
    <names variable="reviewed-author">
      <label form="verb-short" suffix=" "/>
      <name/>
    </names>
  </macro>
  <macro name="part-label-number-note">
    <group delimiter=" ">
      <choose>
        <if is-numeric="part-number">
          <text form="short" term="part"/>
        </if>
      </choose>
      <text variable="part-number"/>
    </group>
  </macro>
  <macro name="part-label-number">
    <group delimiter=" ">
      <choose>
        <if is-numeric="part-number">
          <text form="short" term="part" text-case="capitalize-first"/>
        </if>
      </choose>
      <text text-case="capitalize-first" variable="part-number"/>
    </group>
  </macro>
  <macro name="title-short">
    <group delimiter=", ">
      <choose>
        <if type="interview">
          <text term="interview"/>
        </if>
        <else-if match="none" variable="title">
          <group delimiter=" ">
            <text form="short" variable="genre"/>
            <choose>
              <if variable="container-title">
                <text value="to"/>
                <text macro="container-title-short"/>
              </if>
            </choose>
          </group>
        </else-if>
        <else-if type="book classic graphic motion_picture pamphlet song">
          <text font-style="italic" form="short" text-case="title" variable="title"/>
        </else-if>
        <else-if type="legal_case">
          <text font-style="italic" form="short" variable="title"/>
        </else-if>
        <else-if type="bill hearing legislation patent personal_communication regulation treaty">
          <text form="short" variable="title"/>
        </else-if>
        <else-if type="post">
          <text form="short" quotes="true" variable="title"/>
        </else-if>
        <else-if type="entry-dictionary entry-encyclopedia">
          <choose>
            <if match="any" variable="author editor">
              <text form="short" quotes="true" text-case="title" variable="title"/>
            </if>
            <else>
              <group delimiter=" ">
                <choose>
                  <if match="none" variable="DOI URL">
                    <text form="short" term="sub-verbo"/>
                  </if>
                </choose>
                <text form="short" quotes="true" variable="title"/>
              </group>
            </else>
          </choose>
        </else-if>
        <else>
          <text form="short" quotes="true" text-case="title" variable="title"/>
        </else>
      </choose>
      <text macro="part-label-number-note"/>
    </group>
  </macro>
  <macro name="title-italic-title-case">
    <group delimiter=". ">
      <text font-style="italic" text-case="title" variable="title"/>
      <group delimiter=", ">
        <text macro="part-label-number"/>
        <text font-style="italic" text-case="title" variable="part-title"/>
      </group>
    </group>
  </macro>
  <macro name="title-plain">
    <group delimiter=". ">
      <text variable="title"/>
      <group delimiter=", ">
        <text macro="part-label-number"/>
        <text variable="part-title"/>
      </group>
    </group>
  </macro>
  <macro name="title-quotes">
    <group delimiter=". ">
      <text quotes="true" variable="title"/>
      <group delimiter=", ">
        <text macro="part-label-number"/>
        <text quotes="true" variable="part-title"/>
      </group>
    </group>
  </macro>
  <macro name="title-quotes-title-case">
    <group delimiter=". ">
      <text quotes="true" text-case="title" variable="title"/>
      <group delimiter=", ">
        <text macro="part-label-number"/>
        <text quotes="true" text-case="title" variable="part-title"/>
      </group>
    </group>
  </macro>
  <macro name="title">
    <group delimiter=" ">
      <choose>
        <if type="broadcast">
          <group delimiter=". ">
            <choose>
              <if variable="container-title">
                <text font-style="italic" text-case="title" variable="container-title"/>
              </if>
              <else-if variable="collection-title">
                <text font-style="italic" text-case="title" variable="collection-title"/>
              </else-if>
            </choose>
            <group delimiter=", ">
              <group delimiter=" ">
                <choose>
                  <if is-numeric="number">
                    <text term="podcast-episode" text-case="capitalize-first"/>
                  </if>
                </choose>
                <text text-case="capitalize-first" variable="number"/>
              </group>
              <choose>
                <if variable="title">
                  <text macro="title-quotes-title-case"/>
                  <text macro="secondary-contributors-list-full"/>
                </if>
              </choose>
            </group>
          </group>
        </if>
        <else-if match="none" variable="title">
          <choose>
            <if match="none" type="personal_communication speech thesis" variable="container-title">
              <text text-case="capitalize-first" variable="genre"/>
            </if>
          </choose>
        </else-if>
        <else-if type="bill book classic graphic legislation motion_picture pamphlet software song">
          <text macro="title-italic-title-case"/>
        </else-if>
        <else-if variable="reviewed-author">
          <choose>
            <if variable="reviewed-title">
              <group delimiter=". ">
                <text macro="title-quotes-title-case"/>
                <group delimiter=", ">
                  <group delimiter=" ">
                    <text term="review-of" text-case="capitalize-first"/>
                    <text font-style="italic" text-case="title" variable="reviewed-title"/>
                  </group>
                  <text macro="reviewed-author"/>
                </group>
              </group>
            </if>
            <else>
              <group delimiter=", ">
                <group delimiter=" ">
                  <text term="review-of" text-case="capitalize-first"/>
                  <text macro="title-italic-title-case"/>
                </group>
                <text macro="reviewed-author"/>
              </group>
            </else>
          </choose>
        </else-if>
        <else-if type="hearing legal_case regulation patent personal_communication treaty">
          <text macro="title-plain"/>
        </else-if>
        <else-if type="post">
          <text macro="title-quotes"/>
        </else-if>
        <else-if type="entry-dictionary entry-encyclopedia">
          <choose>
            <if match="any" variable="author editor">
              <text macro="title-quotes-title-case"/>
            </if>
          </choose>
        </else-if>
        <else>
          <text macro="title-quotes-title-case"/>
        </else>
      </choose>
    </group>
  </macro>
  <macro name="publication-facts-graphic-map">
    <choose>
      <if type="graphic map">
        <choose>
          <if match="none" variable="original-publisher original-publisher-place publisher publisher-place">
            <text macro="issued-date-filtered-year"/>
          </if>
        </choose>
      </if>
    </choose>
  </macro>
  <macro name="edition">
    <choose>
      <if match="none" type="article-newspaper">
        <choose>
          <if is-numeric="edition">
            <group delimiter=" ">
              <number form="ordinal" variable="edition"/>
              <text form="short" term="edition"/>
            </group>
          </if>
          <else>
            <text text-case="capitalize-first" variable="edition"/>
          </else>
        </choose>
      </if>
    </choose>
  </macro>
  <macro name="patent-number">
    <group delimiter=" ">
      <text form="short" variable="authority"/>
      <choose>
        <if variable="genre">
          <text text-case="capitalize-first" variable="genre"/>
        </if>
        <else>
          <text term="patent" text-case="capitalize-first"/>
        </else>
      </choose>
      <text variable="number"/>
    </group>
  </macro>
  <macro name="genre-number">
    <choose>
      <if match="none" type="personal_communication speech thesis" variable="container-title">
        <group delimiter=" ">
          <text text-case="capitalize-first" variable="genre"/>
          <choose>
            <if type="report">
              <text variable="number"/>
            </if>
          </choose>
        </group>
      </if>
      <else-if type="webpage">
        <text text-case="capitalize-first" variable="genre"/>
      </else-if>
    </choose>
  </macro>
  <macro name="description">
    <group delimiter=". ">
      <text macro="publication-facts-graphic-map"/>
      <choose>
        <if match="none" variable="container-title original-date">
          <text macro="edition"/>
        </if>
        <else-if variable="original-title">
          <choose>
            <if match="none" variable="container-title">
              <text macro="edition"/>
            </if>
          </choose>
        </else-if>
      </choose>
      <choose>
        <if variable="version">
          <group delimiter=" ">
            <choose>
              <if type="software">
                <text form="short" term="version" text-case="capitalize-first"/>
                <text variable="version"/>
              </if>
              <else>
                <text term="version" text-case="capitalize-first"/>
                <text variable="version"/>
              </else>
            </choose>
          </group>
        </if>
      </choose>
      <choose>
        <if type="interview">
          <names variable="interviewer">
            <label form="verb" suffix=" " text-case="capitalize-first"/>
            <name/>
          </names>
        </if>
        <else-if type="patent">
          <text macro="patent-number"/>
        </else-if>
        <else-if type="map">
          <text variable="scale"/>
        </else-if>
        <else-if type="graphic">
          <group delimiter=", ">
            <text text-case="capitalize-first" variable="medium"/>
            <text variable="dimensions"/>
          </group>
        </else-if>
      </choose>
      <text macro="genre-number"/>
    </group>
  </macro>
  <macro name="secondary-contributors-list-full">
    <group delimiter=", ">
      <names variable="original-author">
        <label form="verb" suffix=" "/>
        <name/>
      </names>
      <choose>
        <if match="none" variable="container-title">
          <names variable="container-author">
            <label form="verb" suffix=" "/>
            <name/>
          </names>
        </if>
      </choose>
      <names variable="editor-translator">
        <label form="verb" suffix=" "/>
        <name/>
      </names>
      <names variable="editor translator">
        <label form="verb" suffix=" "/>
        <name/>
      </names>
      <names variable="compiler">
        <label form="verb" suffix=" "/>
        <name/>
      </names>
      <names variable="director">
        <label form="verb" suffix=" "/>
        <name/>
      </names>
      <names variable="producer">
        <label form="verb" suffix=" "/>
        <name/>
      </names>
      <names variable="editorial-director">
        <label form="verb" suffix=" "/>
        <name/>
      </names>
      <names variable="executive-producer">
        <label form="verb" suffix=" "/>
        <name/>
      </names>
      <names variable="chair">
        <label form="verb" suffix=" "/>
        <name/>
      </names>
      <names variable="organizer">
        <label form="verb" suffix=" "/>
        <name/>
      </names>
      <names variable="curator">
        <label form="verb" suffix=" "/>
        <name/>
      </names>
      <names variable="illustrator">
        <label form="verb" suffix=" "/>
        <name/>
      </names>
      <names variable="host">
        <label form="verb" suffix=" "/>
        <name/>
      </names>
      <names variable="guest">
        <label form="verb" suffix=" "/>
        <name/>
      </names>
      <names variable="performer">
        <label form="verb" suffix=" "/>
        <name/>
      </names>
      <names variable="script-writer">
        <label form="verb" suffix=" "/>
        <name/>
      </names>
      <names variable="series-creator">
        <label form="verb" suffix=" "/>
        <name/>
      </names>
      <choose>
        <if match="none" type="interview">
          <names variable="interviewer">
            <label form="verb" suffix=" "/>
            <name/>
          </names>
        </if>
      </choose>
      <names variable="narrator">
        <label form="verb" suffix=" "/>
        <name/>
      </names>
      <names variable="contributor">
        <label form="verb" suffix=" "/>
        <name/>
      </names>
    </group>
  </macro>
  <macro name="secondary-contributors-list">
    <group delimiter=". ">
      <names variable="original-author">
        <label form="verb" suffix=" " text-case="capitalize-first"/>
        <name/>
      </names>
      <choose>
        <if match="none" variable="container-title">
          <names variable="container-author">
            <label form="verb" suffix=" " text-case="capitalize-first"/>
            <name/>
          </names>
        </if>
      </choose>
      <names variable="editor-translator">
        <label form="verb" suffix=" " text-case="capitalize-first"/>
        <name/>
      </names>
      <names delimiter=". " variable="editor translator">
        <label form="verb" suffix=" " text-case="capitalize-first"/>
        <name/>
      </names>
      <names variable="compiler">
        <label form="verb" suffix=" " text-case="capitalize-first"/>
        <name/>
      </names>
      <names variable="director">
        <label form="verb" suffix=" " text-case="capitalize-first"/>
        <name/>
      </names>
      <names variable="producer">
        <label form="verb" suffix=" " text-case="capitalize-first"/>
        <name/>
      </names>
      <names variable="editorial-director">
        <label form="verb" suffix=" " text-case="capitalize-first"/>
        <name/>
      </names>
      <names variable="executive-producer">
        <label form="verb" suffix=" " text-case="capitalize-first"/>
        <name/>
      </names>
      <names variable="chair">
        <label form="verb" suffix=" " text-case="capitalize-first"/>
        <name/>
      </names>
      <names variable="organizer">
        <label form="verb" suffix=" " text-case="capitalize-first"/>
        <name/>
      </names>
      <names variable="curator">
        <label form="verb" suffix=" " text-case="capitalize-first"/>
        <name/>
      </names>
      <names variable="illustrator">
        <label form="verb" suffix=" " text-case="capitalize-first"/>
        <name/>
      </names>
      <names variable="host">
        <label form="verb" suffix=" " text-case="capitalize-first"/>
        <name/>
      </names>
      <names variable="guest">
        <label form="verb" suffix=" " text-case="capitalize-first"/>
        <name/>
      </names>
      <names variable="performer">
        <label form="verb" suffix=" " text-case="capitalize-first"/>
        <name/>
      </names>
      <names variable="script-writer">
        <label form="verb" suffix=" " text-case="capitalize-first"/>
        <name/>
      </names>
      <names variable="series-creator">
        <label form="verb" suffix=" " text-case="capitalize-first"/>
        <name/>
      </names>
      <choose>
        <if match="none" type="interview">
          <names variable="interviewer">
            <label form="verb" suffix=" " text-case="capitalize-first"/>
            <name/>
          </names>
        </if>
      </choose>
      <names variable="narrator">
        <label form="verb" suffix=" " text-case="capitalize-first"/>
        <name/>
      </names>
      <names variable="contributor">
        <label form="verb" suffix=" " text-case="capitalize-first"/>
        <name/>
      </names>
    </group>
  </macro>
  <macro name="secondary-contributors">
    <choose>
      <if match="none" variable="container-title">
        <choose>
          <if match="any" variable="number-of-volumes volume volume-title">
            <names variable="collection-editor">
              <label form="verb" suffix=" " text-case="capitalize-first"/>
              <name/>
            </names>
          </if>
          <else>
            <text macro="secondary-contributors-list"/>
          </else>
        </choose>
      </if>
      <else-if type="article-magazine article-newspaper">
        <text macro="secondary-contributors-list"/>
      </else-if>
    </choose>
  </macro>
  <macro name="container-legal">
    <!-- Macro shared with APA -->
    <choose>
      <if type="treaty">
        <group delimiter=" ">
          <number variable="volume"/>
          <text variable="container-title"/>
          <choose>
            <if match="any" variable="page page-first">
              <text variable="page-first"/>
            </if>
            <else>
              <group delimiter=" ">
                <label form="short" text-case="capitalize-first" variable="number"/>
                <text variable="number"/>
              </group>
            </else>
          </choose>
        </group>
      </if>
      <else-if type="legal_case">
        <group delimiter=" ">
          <choose>
            <if variable="container-title">
              <group delimiter=" ">
                <text variable="volume"/>
                <text variable="container-title"/>
                <group delimiter=" ">
                  <label form="symbol" variable="section"/>
                  <text variable="section"/>
                </group>
                <choose>
                  <if match="any" variable="page page-first">
                    <text variable="page-first"/>
                  </if>
                  <else>
                    <text value="___"/>
                  </else>
                </choose>
              </group>
            </if>
            <else>
              <group delimiter=" ">
                <label form="short" text-case="capitalize-first" variable="number"/>
                <text variable="number"/>
              </group>
            </else>
          </choose>
        </group>
      </else-if>
      <else-if type="bill">
        <group delimiter=", ">
          <group delimiter=" ">
            <text variable="genre"/>
            <group delimiter=" ">
              <choose>
                <!-- If there is no session number or code/record title, assume
                     assume the item is a congressional report and include 'No.' term. -->
                <if match="none" variable="chapter-number container-title">
                  <!-- The item is a congressional report, rather than a bill or resultion. -->
                  <label form="short" text-case="capitalize-first" variable="number"/>
                </if>
              </choose>
              <text variable="number"/>
            </group>
          </group>
          <group delimiter=" ">
            <text variable="authority"/>
            <!-- 'session' is \`chapter-number\` -->
            <text variable="chapter-number"/>
          </group>
          <group delimiter=" ">
            <text variable="volume"/>
            <text variable="container-title"/>
            <text variable="page-first"/>
          </group>
        </group>
      </else-if>
      <else-if type="hearing">
        <group delimiter=" ">
          <text variable="authority"/>
          <!-- 'session' is \`chapter-number\` -->
          <text variable="chapter-number"/>
        </group>
      </else-if>
      <else-if type="legislation">
        <choose>
          <if variable="number">
            <!-- There's a public law number. -->
            <group delimiter=", ">
              <group delimiter=" ">
                <text value="Pub. L. No."/>
                <text variable="number"/>
              </group>
              <group delimiter=" ">
                <text variable="volume"/>
                <text variable="container-title"/>
                <text variable="page-first"/>
              </group>
            </group>
          </if>
          <else>
            <group delimiter=" ">
              <text variable="volume"/>
              <text variable="container-title"/>
              <choose>
                <if variable="section">
                  <group delimiter=" ">
                    <label form="symbol" variable="section"/>
                    <text variable="section"/>
                  </group>
                </if>
                <else>
                  <text variable="page-first"/>
                </else>
              </choose>
            </group>
          </else>
        </choose>
      </else-if>
      <else-if type="regulation">
        <group delimiter=", ">
          <group delimiter=" ">
            <text variable="genre"/>
            <group delimiter=" ">
              <label form="short" text-case="capitalize-first" variable="number"/>
              <text variable="number"/>
            </group>
          </group>
          <group delimiter=" ">
            <text variable="volume"/>
            <text variable="container-title"/>
            <choose>
              <if variable="section">
                <group delimiter=" ">
                  <label form="symbol" variable="section"/>
                  <text variable="section"/>
                </group>
              </if>
              <else>
                <text variable="page-first"/>
              </else>
            </choose>
          </group>
        </group>
      </else-if>
    </choose>
  </macro>
  <macro name="container-periodical-title">
    <choose>
      <if type="article-journal periodical">
        <choose>
          <if variable="volume-title">
            <!-- 14.77–78: Journal special issues and supplements -->
            <group delimiter=", ">
              <group delimiter=" ">
                <text term="in" text-case="capitalize-first"/>
                <text quotes="true" text-case="title" variable="volume-title"/>
              </group>
              <text macro="secondary-contributors-list-full"/>
            </group>
          </if>
          <else>
            <!-- 14.82: Translated or edited article -->
            <text macro="secondary-contributors-list"/>
          </else>
        </choose>
      </if>
    </choose>
  </macro>
  <macro name="container-title-short">
    <choose>
      <if type="post webpage">
        <text form="short" text-case="title" variable="container-title"/>
      </if>
      <else-if type="post-weblog">
        <text font-style="italic" form="short" text-case="title" variable="container-title"/>
      </else-if>
      <else-if match="none" type="bill broadcast hearing legal_case legislation regulation treaty">
        <text font-style="italic" form="short" text-case="title" variable="container-title"/>
      </else-if>
    </choose>
  </macro>
  <macro name="container-title">
    <group delimiter=" ">
      <choose>
        <if type="post webpage">
          <text text-case="title" variable="container-title"/>
        </if>
        <else-if type="post-weblog">
          <text font-style="italic" text-case="title" variable="container-title"/>
          <text prefix="(" suffix=")" term="post-weblog"/>
        </else-if>
        <else-if match="none" type="bill broadcast hearing legal_case legislation regulation treaty">
          <text font-style="italic" text-case="title" variable="container-title"/>
          <choose>
            <if type="article article-journal article-magazine article-newspaper periodical">
              <group prefix="(" suffix=")">
                <choose>
                  <if variable="publisher-place">
                    <text variable="publisher-place"/>
                  </if>
                  <else>
                    <text variable="event-place"/>
                  </else>
                </choose>
              </group>
            </if>
          </choose>
        </else-if>
      </choose>
    </group>
  </macro>
  <macro name="container-genre-title">
    <choose>
      <if type="book chapter classic entry-dictionary entry-encyclopedia paper-conference personal_communication">
        <group delimiter=" ">
          <choose>
            <if match="none" variable="title">
              <choose>
                <if variable="genre">
                  <text text-case="capitalize-first" variable="genre"/>
                  <text value="to"/>
                </if>
              </choose>
            </if>
            <else-if variable="chapter-number">
              <choose>
                <if is-numeric="chapter-number">
                  <label form="short" text-case="capitalize-first" variable="chapter-number"/>
                </if>
              </choose>
              <text text-case="capitalize-first" variable="chapter-number"/>
              <text term="in"/>
            </else-if>
            <else>
              <text term="in" text-case="capitalize-first"/>
            </else>
          </choose>
          <text macro="container-title"/>
        </group>
      </if>
      <else>
        <group delimiter=", ">
          <text text-case="capitalize-first" variable="genre"/>
          <text macro="container-title"/>
        </group>
      </else>
    </choose>
  </macro>
  <macro name="container-edition">
    <choose>
      <if match="none" variable="original-date">
        <text macro="edition"/>
      </if>
      <else-if variable="original-title">
        <text macro="edition"/>
      </else-if>
    </choose>
  </macro>
  <macro name="container-contributors">
    <choose>
      <if variable="container-author">
        <group delimiter=". ">
          <group delimiter=", ">
            <names variable="container-author">
              <label form="verb" suffix=" "/>
              <name/>
            </names>
            <!-- 14.12: Locators after container author in bibliography if needed (cf. 17th ed. 14.110) -->
            <text macro="locators"/>
          </group>
          <text macro="secondary-contributors-list"/>
        </group>
      </if>
      <else>
        <choose>
          <if match="any" variable="number-of-volumes volume volume-title">
            <names variable="collection-editor">
              <label form="verb" suffix=" "/>
              <name/>
            </names>
          </if>
          <else-if match="none" type="article-magazine article-newspaper">
            <text macro="secondary-contributors-list-full"/>
          </else-if>
        </choose>
      </else>
    </choose>
  </macro>
  <macro name="container">
    <choose>
      <if type="bill hearing legal_case legislation regulation treaty">
        <text macro="container-legal"/>
      </if>
      <else-if variable="container-title">
        <group delimiter=". ">
          <text macro="container-periodical-title"/>
          <group delimiter=", ">
            <text macro="container-genre-title"/>
            <text macro="container-edition"/>
            <text macro="container-contributors"/>
          </group>
        </group>
      </else-if>
    </choose>
  </macro>
  <macro name="volume-journal-issue-bracketed">
    <group delimiter=" ">
      <choose>
        <if variable="volume">
          <group delimiter=", ">
            <choose>
              <if variable="collection-title">
                <text variable="collection-title"/>
                <text macro="volume-label-number-note"/>
              </if>
              <else>
                <text variable="volume"/>
              </else>
            </choose>
          </group>
          <text prefix="(" suffix=")" variable="issue"/>
        </if>
        <else-if variable="issue">
          <text form="short" term="issue"/>
          <text variable="issue"/>
        </else-if>
      </choose>
    </group>
  </macro>
  <macro name="volume-number-with-locators-container">
    <choose>
      <if match="none" variable="page">
        <text macro="volume-label-number-note"/>
      </if>
      <else-if match="any" variable="chair compiler container-author contributor curator director editor translator editor-translator editorial-director executive-producer guest host illustrator interviewer narrator organizer original-author performer producer script-writer series-creator volume-title">
        <text macro="volume-label-number-note"/>
      </else-if>
      <else-if type="chapter">
        <text macro="volume-label-number-note"/>
      </else-if>
    </choose>
  </macro>
  <macro name="volume-label-number-note">
    <group delimiter=" ">
      <choose>
        <if is-numeric="volume">
          <text form="short" term="volume"/>
        </if>
      </choose>
      <text variable="volume"/>
    </group>
  </macro>
  <macro name="volume-label-number">
    <group delimiter=" ">
      <choose>
        <if is-numeric="volume">
          <text form="short" term="volume" text-case="capitalize-first"/>
        </if>
      </choose>
      <text variable="volume"/>
    </group>
  </macro>
  <macro name="volumes-number-label">
    <group delimiter=" ">
      <text variable="number-of-volumes"/>
      <choose>
        <if is-numeric="number-of-volumes">
          <text form="short" plural="true" term="volume"/>
        </if>
      </choose>
    </group>
  </macro>
  <macro name="volume">
    <group delimiter=", ">
      <choose>
        <if type="article-journal periodical">
          <text macro="volume-journal-issue-bracketed"/>
        </if>
        <else-if match="any" variable="volume volume-title">
          <choose>
            <if variable="container-title">
              <text macro="volume-number-with-locators-container"/>
            </if>
            <else>
              <text macro="volume-label-number"/>
            </else>
          </choose>
          <text font-style="italic" text-case="title" variable="volume-title"/>
          <text macro="secondary-contributors-list-full"/>
        </else-if>
        <else>
          <text macro="volumes-number-label"/>
        </else>
      </choose>
    </group>
  </macro>
  <macro name="volume-join-with-comma">
    <choose>
      <if type="article-journal periodical">
        <choose>
          <if match="none" variable="volume">
            <text macro="volume"/>
          </if>
          <else-if variable="collection-title">
            <text macro="volume"/>
          </else-if>
        </choose>
      </if>
      <else-if match="any" type="bill hearing legal_case legislation paper-conference regulation treaty" variable="container-title">
        <text macro="volume"/>
      </else-if>
    </choose>
  </macro>
  <macro name="volume-join-with-period">
    <choose>
      <if match="none" type="article-journal bill hearing legal_case legislation paper-conference periodical regulation treaty" variable="container-title">
        <text macro="volume"/>
      </if>
    </choose>
  </macro>
  <macro name="volume-join-with-space">
    <choose>
      <if type="article-journal periodical" variable="volume">
        <choose>
          <if match="none" variable="collection-title">
            <text macro="volume"/>
          </if>
        </choose>
      </if>
    </choose>
  </macro>
  <macro name="locators-container">
    <choose>
      <if variable="container-title">
        <choose>
          <if match="none" type="article-journal periodical">
            <text macro="locators"/>
          </if>
        </choose>
      </if>
    </choose>
  </macro>
  <macro name="series-title-number">
    <choose>
      <if match="none" type="article-journal periodical">
        <choose>
          <if is-numeric="collection-number" match="none">
            <group delimiter=", ">
              <text text-case="title" variable="collection-title"/>
              <text variable="collection-number"/>
            </group>
          </if>
          <else>
            <group delimiter=" ">
              <text text-case="title" variable="collection-title"/>
              <text variable="collection-number"/>
            </group>
          </else>
        </choose>
      </if>
    </choose>
  </macro>
  <macro name="series">
    <choose>
      <if variable="collection-title">
        <choose>
          <if match="none" variable="number-of-volumes volume volume-title">
            <choose>
              <if variable="collection-editor">
                <group delimiter=", ">
                  <text text-case="title" variable="collection-title"/>
                  <names variable="collection-editor">
                    <label form="verb" suffix=" "/>
                    <name/>
                  </names>
                  <group delimiter=" ">
                    <choose>
                      <if is-numeric="collection-number">
                        <text form="short" term="collection-number"/>
                      </if>
                    </choose>
                    <text variable="collection-number"/>
                  </group>
                </group>
              </if>
              <else-if match="none" type="broadcast">
                <text macro="series-title-number"/>
              </else-if>
            </choose>
          </if>
          <else>
            <text macro="series-title-number"/>
          </else>
        </choose>
      </if>
    </choose>
  </macro>
  <macro name="date-original-year">
    <choose>
      <if is-uncertain-date="original-date">
        <date date-parts="year" form="numeric" prefix="[" suffix="?]" variable="original-date"/>
      </if>
      <else>
        <date date-parts="year" form="numeric" variable="original-date"/>
      </else>
    </choose>
  </macro>
  <macro name="date-issued-full">
    <choose>
      <if is-uncertain-date="issued">
        <date form="text" prefix="[" suffix="?]" variable="issued"/>
      </if>
      <else>
        <date form="text" variable="issued"/>
      </else>
    </choose>
  </macro>
  <macro name="date-issued-year">
    <choose>
      <if is-uncertain-date="issued">
        <date date-parts="year" form="numeric" prefix="[" suffix="?]" variable="issued"/>
      </if>
      <else>
        <date date-parts="year" form="numeric" variable="issued"/>
      </else>
    </choose>
  </macro>
  <macro name="date-issued-month-day">
    <date delimiter=" " variable="issued">
      <date-part name="month"/>
      <date-part name="day"/>
    </date>
  </macro>
  <macro name="patent-date">
    <group delimiter=", ">
      <group delimiter=" ">
        <text value="filed"/>
        <date form="text" variable="submitted"/>
      </group>
      <group delimiter=" ">
        <choose>
          <if variable="issued submitted">
            <text term="and"/>
          </if>
        </choose>
        <text value="issued"/>
        <text macro="date-issued-full"/>
      </group>
    </group>
  </macro>
  <macro name="issued-date-filtered-year">
    <!-- For author–date -->
    <choose>
      <if variable="issued">
        <choose>
          <if type="legal_case">
            <group delimiter=" ">
              <text variable="authority"/>
              <choose>
                <if match="none" variable="container-title">
                  <text macro="date-issued-month-day"/>
                </if>
              </choose>
            </group>
          </if>
          <else-if type="article-journal periodical">
            <choose>
              <if variable="status">
                <group delimiter=", ">
                  <text variable="status"/>
                  <text macro="date-issued-month-day"/>
                </group>
              </if>
              <else-if match="none" variable="volume">
                <date variable="issued">
                  <date-part name="month"/>
                </date>
              </else-if>
              <else-if match="none" variable="issue">
                <date variable="issued">
                  <date-part name="month"/>
                </date>
              </else-if>
            </choose>
          </else-if>
          <else-if type="book bill chapter classic entry-dictionary entry-encyclopedia legislation motion_picture pamphlet paper-conference song thesis"/>
          <else-if type="patent">
            <text macro="patent-date"/>
          </else-if>
          <else-if type="personal_communication" variable="container-title event-date">
            <text macro="date-issued-year"/>
          </else-if>
          <else>
            <text macro="date-issued-month-day"/>
          </else>
        </choose>
      </if>
    </choose>
  </macro>
  <macro name="event">
    <group delimiter=" ">
      <choose>
        <if variable="genre">
          <text term="presented at"/>
        </if>
        <else>
          <text term="presented at" text-case="capitalize-first"/>
        </else>
      </choose>
      <text variable="event"/>
    </group>
  </macro>
  <macro name="original-publication">
    <group delimiter=", ">
      <choose>
        <if match="none" variable="original-publisher">
          <text variable="original-publisher-place"/>
        </if>
        <else>
          <group delimiter=": ">
            <!-- <text variable="original-publisher-place"/> -->
            <text variable="original-publisher"/>
          </group>
        </else>
      </choose>
    </group>
  </macro>
  <macro name="publisher">
    <choose>
      <if type="thesis">
        <text variable="publisher"/>
      </if>
      <else-if type="speech">
        <text variable="event-place"/>
      </else-if>
      <else>
        <choose>
          <if match="none" variable="publisher">
            <text variable="publisher-place"/>
          </if>
          <else>
            <group delimiter=": ">
              <!-- <text variable="publisher-place"/> -->
              <text variable="publisher"/>
            </group>
          </else>
        </choose>
      </else>
    </choose>
  </macro>
  <macro name="publication-facts-journal">
    <choose>
      <if match="any" variable="volume issue">
        <text macro="issued-date-filtered-year" prefix="(" suffix=")"/>
      </if>
      <else>
        <text macro="issued-date-filtered-year"/>
      </else>
    </choose>
  </macro>
  <macro name="publication-facts">
    <choose>
      <if type="bill hearing legal_case legislation regulation treaty">
        <text macro="issued-date-filtered-year" prefix="(" suffix=")"/>
      </if>
      <else-if type="article-journal periodical">
        <text macro="publication-facts-journal"/>
      </else-if>
      <else-if type="article article-newspaper broadcast interview software speech">
        <group delimiter=", ">
          <choose>
            <if type="article">
              <choose>
                <if variable="genre">
                  <text text-case="capitalize-first" variable="genre"/>
                </if>
                <else>
                  <text term="preprint" text-case="capitalize-first"/>
                </else>
              </choose>
            </if>
            <else-if type="speech">
              <group delimiter=" ">
                <text variable="genre"/>
                <text macro="event"/>
              </group>
              <text variable="event-place"/>
            </else-if>
          </choose>
          <choose>
            <if match="none" type="article-newspaper">
              <text variable="publisher"/>
            </if>
          </choose>
          <group delimiter=" ">
            <choose>
              <if type="software">
                <text text-case="capitalize-first" value="released"/>
              </if>
            </choose>
            <text macro="issued-date-filtered-year"/>
          </group>
        </group>
      </else-if>
      <else-if match="any" type="book chapter classic entry-dictionary entry-encyclopedia paper-conference personal_communication" variable="original-publisher original-publisher-place publisher publisher-place">
        <group delimiter=", ">
          <choose>
            <if type="thesis">
              <text text-case="capitalize-first" variable="genre"/>
            </if>
          </choose>
          <choose>
            <if variable="original-title">
              <group delimiter=". ">
                <group delimiter=", ">
                  <text macro="publisher"/>
                  <text macro="issued-date-filtered-year"/>
                </group>
                <group delimiter=" ">
                  <text term="original-work-published" text-case="capitalize-first"/>
                  <text value="as"/>
                  <text font-style="italic" text-case="title" variable="original-title"/>
                  <text macro="original-publication" prefix="(" suffix=")"/>
                </group>
              </group>
            </if>
            <else>
              <group delimiter=". ">
                <text macro="original-publication"/>
                <group delimiter=", ">
                  <choose>
                    <if variable="issued original-date">
                      <choose>
                        <if variable="edition">
                          <text macro="edition"/>
                        </if>
                        <else-if match="none" variable="medium">
                          <text text-case="capitalize-first" value="reprint"/>
                        </else-if>
                      </choose>
                    </if>
                  </choose>
                  <text macro="publisher"/>
                </group>
              </group>
              <text macro="issued-date-filtered-year"/>
            </else>
          </choose>
        </group>
      </else-if>
      <else-if match="none" type="graphic map">
        <text macro="issued-date-filtered-year"/>
      </else-if>
    </choose>
  </macro>
  <macro name="publication-facts-join-with-comma">
    <choose>
      <if match="none" type="bill hearing legal_case legislation regulation treaty">
        <choose>
          <if match="none" type="article-journal periodical">
            <choose>
              <if type="article-magazine article-newspaper interview">
                <choose>
                  <if match="any" variable="author editor">
                    <text macro="publication-facts"/>
                  </if>
                </choose>
              </if>
              <else-if is-uncertain-date="issued original-date" match="none" type="software speech webpage" variable="original-publisher original-publisher-place publisher publisher-place">
                <text macro="publication-facts"/>
              </else-if>
            </choose>
          </if>
          <else-if match="none" variable="volume issue">
            <text macro="publication-facts"/>
          </else-if>
        </choose>
      </if>
    </choose>
  </macro>
  <macro name="publication-facts-join-with-period">
    <choose>
      <if match="none" type="article-journal bill interview hearing legal_case legislation periodical regulation treaty">
        <choose>
          <if type="article-magazine article-newspaper">
            <choose>
              <if match="none" variable="author editor">
                <text macro="publication-facts"/>
              </if>
            </choose>
          </if>
          <else-if match="any" type="software speech webpage" variable="original-publisher original-publisher-place publisher publisher-place">
            <text macro="publication-facts"/>
          </else-if>
        </choose>
      </if>
    </choose>
  </macro>
  <macro name="publication-facts-join-with-space">
    <choose>
      <if type="article-journal periodical">
        <choose>
          <if match="any" variable="issue volume">
            <text macro="publication-facts"/>
          </if>
        </choose>
      </if>
      <else-if type="bill hearing legal_case legislation regulation treaty">
        <text macro="publication-facts"/>
      </else-if>
      <else-if match="none" variable="event-place original-publisher original-publisher-place publisher publisher-place">
        <choose>
          <if is-uncertain-date="issued original-date" match="any">
            <text macro="publication-facts"/>
          </if>
        </choose>
      </else-if>
    </choose>
  </macro>
  <macro name="locator-label">
    <group delimiter=" ">
      <choose>
        <if locator="page" match="none">
          <label form="short" variable="locator"/>
        </if>
      </choose>
      <text variable="locator"/>
    </group>
  </macro>
  <macro name="locators-newspaper">
    <choose>
      <if type="article-newspaper">
        <group delimiter=", ">
          <group delimiter=" ">
            <text variable="edition"/>
            <text term="edition"/>
          </group>
          <group delimiter=" ">
            <text form="short" term="section"/>
            <text variable="section"/>
          </group>
        </group>
      </if>
    </choose>
  </macro>
  <macro name="locators">
    <choose>
      <if match="none" type="chapter" variable="locator">
        <choose>
          <if is-numeric="page">
            <choose>
              <if is-numeric="volume">
                <group delimiter=":">
                  <choose>
                    <if variable="collection-editor">
                      <choose>
                        <if match="none" type="article-journal periodical" variable="chair compiler container-author contributor curator director editor translator editor-translator editorial-director executive-producer guest host illustrator interviewer narrator organizer original-author performer producer script-writer series-creator volume-title">
                          <text variable="volume"/>
                        </if>
                      </choose>
                    </if>
                    <else-if match="none" type="article-journal periodical">
                      <text variable="volume"/>
                    </else-if>
                  </choose>
                  <text variable="page"/>
                </group>
              </if>
              <else>
                <group delimiter=", ">
                  <choose>
                    <if variable="collection-editor">
                      <choose>
                        <if match="none" type="article-journal periodical" variable="chair compiler container-author contributor curator director editor translator editor-translator editorial-director executive-producer guest host illustrator interviewer narrator organizer original-author performer producer script-writer series-creator volume-title">
                          <text macro="volume-label-number-note"/>
                        </if>
                      </choose>
                    </if>
                    <else>
                      <text macro="volume-label-number-note"/>
                    </else>
                  </choose>
                  <text variable="page"/>
                </group>
              </else>
            </choose>
          </if>
          <else-if type="entry-dictionary entry-encyclopedia">
            <choose>
              <if match="none" variable="author editor">
                <group delimiter=" ">
                  <choose>
                    <if match="none" variable="DOI URL">
                      <text form="short" term="sub-verbo"/>
                    </if>
                  </choose>
                  <text macro="title-quotes"/>
                </group>
              </if>
            </choose>
          </else-if>
        </choose>
      </if>
      <else-if type="article-journal periodical">
        <text macro="locator-label"/>
      </else-if>
      <else-if type="legal_case"/>
      <else>
        <text macro="locator-label"/>
      </else>
    </choose>
  </macro>
  <macro name="locators-join-with-colon">
    <choose>
      <if type="article-journal periodical">
        <choose>
          <if match="any" variable="locator page">
            <choose>
              <if match="any" variable="volume issue">
                <text macro="locators"/>
              </if>
            </choose>
          </if>
        </choose>
      </if>
    </choose>
  </macro>
  <macro name="locators-join-with-comma">
    <choose>
      <if type="classic">
        <choose>
          <if locator="page" match="none">
            <text macro="locators"/>
          </if>
          <else-if match="any" variable="collection-editor collection-title editor issued publisher publisher-place translator">
            <text macro="locators"/>
          </else-if>
        </choose>
      </if>
      <else-if match="none" type="article-journal periodical">
        <text macro="locators"/>
      </else-if>
      <else-if match="none" variable="volume issue">
        <text macro="locators"/>
      </else-if>
    </choose>
  </macro>
  <macro name="archive">
    <group delimiter=", ">
      <choose>
        <if type="classic graphic manuscript">
          <text variable="archive"/>
          <text variable="archive-place"/>
          <text variable="archive_collection"/>
          <text variable="archive_location"/>
        </if>
        <else>
          <text variable="archive_collection"/>
          <text variable="archive_location"/>
          <text variable="archive"/>
          <text variable="archive-place"/>
        </else>
      </choose>
    </group>
  </macro>
  <macro name="URI">
    <choose>
      <if match="none" type="bill hearing legal_case legislation regulation treaty">
        <choose>
          <if variable="DOI">
            <text prefix="https://doi.org/" variable="DOI"/>
          </if>
          <else>
            <text variable="URL"/>
          </else>
        </choose>
      </if>
    </choose>
  </macro>
  <macro name="access">
    <group delimiter=". ">
      <group delimiter=", ">
        <choose>
          <if match="none" type="graphic">
            <text text-case="capitalize-first" variable="medium"/>
            <text variable="dimensions"/>
          </if>
        </choose>
      </group>
      <choose>
        <if match="any" variable="archive_location archive-place">
          <text macro="archive"/>
        </if>
      </choose>
      <choose>
        <if match="none" variable="issued">
          <group delimiter=" ">
            <text term="accessed" text-case="capitalize-first"/>
            <date form="text" variable="accessed"/>
          </group>
        </if>
      </choose>
      <choose>
        <if match="any" variable="DOI URL">
          <text macro="URI"/>
        </if>
        <else-if match="none" variable="archive_location archive-place">
          <text macro="archive" text-case="capitalize-first"/>
        </else-if>
      </choose>
    </group>
  </macro>
  <macro name="citation-inline">
    <group delimiter=", ">
      <choose>
        <if variable="issued">
          <group delimiter=" ">
            <text macro="author-short"/>
            <text macro="date-inline"/>
          </group>
        </if>
        <else>
          <!--- Comma with forthcoming or n.d. -->
          <text macro="author-short"/>
          <text macro="date-inline"/>
        </else>
      </choose>
      <choose>
        <if variable="locator">
          <text macro="locators"/>
        </if>
        <else-if type="entry-dictionary entry-encyclopedia">
          <choose>
            <if match="none" variable="author editor">
              <text macro="locators"/>
            </if>
          </choose>
        </else-if>
      </choose>
    </group>
  </macro>
  <citation after-collapse-delimiter="; " collapse="year" disambiguate-add-givenname="true" disambiguate-add-names="true" disambiguate-add-year-suffix="true" et-al-min="3" et-al-use-first="1" givenname-disambiguation-rule="primary-name">
    <layout delimiter="; " prefix="(" suffix=")">
      <text macro="citation-inline"/>
    </layout>
  </citation>
  <macro name="bibliography">
    <group delimiter=". ">
      <group delimiter=": ">
        <group delimiter=", ">
          <group delimiter=" ">
            <group delimiter=". ">
              <group delimiter=" ">
                <group delimiter=", ">
                  <group delimiter=". ">
                    <text macro="author"/>
                    <text macro="date"/>
                    <text macro="title"/>
                    <text macro="description"/>
                    <text macro="secondary-contributors"/>
                    <text macro="container"/>
                    <text macro="volume-join-with-period"/>
                  </group>
                  <text macro="volume-join-with-comma"/>
                  <text macro="locators-container"/>
                </group>
                <text macro="volume-join-with-space"/>
              </group>
              <text macro="series"/>
              <text macro="publication-facts-join-with-period"/>
            </group>
            <text macro="publication-facts-join-with-space"/>
          </group>
          <text macro="publication-facts-join-with-comma"/>
          <choose>
            <if match="none" variable="container-title">
              <text macro="locators-join-with-comma"/>
            </if>
          </choose>
          <text macro="locators-newspaper"/>
        </group>
        <text macro="locators-join-with-colon"/>
      </group>
      <text macro="access"/>
      <text variable="references"/>
    </group>
  </macro>
  <macro name="bibliography-filtered">
    <choose>
      <if type="classic">
        <choose>
          <if match="any" variable="archive editor translator publisher">
            <text macro="bibliography"/>
          </if>
        </choose>
      </if>
      <else-if type="entry-dictionary entry-encyclopedia">
        <choose>
          <if match="any" variable="author editor publisher">
            <text macro="bibliography"/>
          </if>
        </choose>
      </else-if>
      <else-if type="personal_communication">
        <choose>
          <if match="any" variable="archive container-title DOI publisher URL">
            <!-- 14.13, 14.111: Personal communications only appear in the bibliography if retrievable by the reader -->
            <text macro="bibliography"/>
          </if>
        </choose>
      </else-if>
      <else>
        <text macro="bibliography"/>
      </else>
    </choose>
  </macro>
  <bibliography et-al-min="7" et-al-use-first="3" hanging-indent="true">
    <sort>
      <key macro="author"/>
      <key macro="date"/>
      <key variable="title"/>
      <key variable="genre"/>
    </sort>
    <layout suffix=".">
      <text macro="bibliography-filtered"/>
    </layout>
  </bibliography>
</style>
`;
